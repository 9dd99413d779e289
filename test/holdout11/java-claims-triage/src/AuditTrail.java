import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the routing decisions together with the claim exactly as it looked
 * when it was routed; the regulator requires the record to be independent of
 * later changes made by adjusters.
 */
final class AuditTrail {
    static final class Entry {
        final Claim snapshot;
        final String queue;
        final int ruleScore;
        final double fraudScore;

        Entry(Claim snapshot, String queue, int ruleScore, double fraudScore) {
            this.snapshot = snapshot;
            this.queue = queue;
            this.ruleScore = ruleScore;
            this.fraudScore = fraudScore;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    void record(Claim claim, String queue, int ruleScore, double fraudScore) {
        entries.add(new Entry(copyOf(claim), queue, ruleScore, fraudScore));
    }

    List<Entry> entries() {
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Serializable> T copyOf(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
