package orient.results;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the provisional standings per class as cards are downloaded, and
 * publishes a snapshot of the changed class to the arena screen.
 */
public final class LiveResults {

    /** The standings of one class, in provisional order. */
    public static final class ClassStandings implements Serializable {
        private static final long serialVersionUID = 1L;
        final String className;
        final List<RunResult> ranked = new ArrayList<>();
        int mispunched;
        int dnf;

        ClassStandings(String className) { this.className = className; }
    }

    private static final Comparator<RunResult> BY_TIME = Comparator
            .comparing(RunResult::getStatus)
            .thenComparingInt(RunResult::getRunningSec)
            .thenComparing(RunResult::getBib);

    static final int SCREEN_ROWS = 3;

    private final Map<String, ClassStandings> standings = new HashMap<>();
    private final List<RunResult> all = new ArrayList<>();
    private final Map<String, ClassStandings> screen = new HashMap<>();
    private long publishedRows;

    public void record(RunResult r) {
        all.add(r);
        ClassStandings cs = standings.computeIfAbsent(r.getClassName(), ClassStandings::new);
        switch (r.getStatus()) {
            case MISPUNCH: cs.mispunched++; break;
            case DNF: cs.dnf++; break;
            default: break;
        }
        int at = insertionPoint(cs.ranked, r);
        cs.ranked.add(at, r);
        for (int p = at; p < cs.ranked.size(); p++) {
            RunResult x = cs.ranked.get(p);
            x.setPosition(x.getStatus() == RunResult.Status.OK ? p + 1 : 0);
        }
        publish(cs);
    }

    private static int insertionPoint(List<RunResult> ranked, RunResult r) {
        int lo = 0, hi = ranked.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (BY_TIME.compare(ranked.get(mid), r) <= 0) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /**
     * Hands the arena podium board its own copy of the class leaders, so it
     * can render them at leisure while downloads continue.
     */
    private void publish(ClassStandings cs) {
        ClassStandings leaders = new ClassStandings(cs.className);
        leaders.ranked.addAll(cs.ranked.subList(0, Math.min(SCREEN_ROWS, cs.ranked.size())));
        leaders.mispunched = cs.mispunched;
        leaders.dnf = cs.dnf;
        ClassStandings copy = copyOf(leaders);
        screen.put(copy.className, copy);
        publishedRows += copy.ranked.size();
    }

    private static ClassStandings copyOf(ClassStandings cs) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(cs);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (ClassStandings) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<RunResult> all() { return all; }
    public Map<String, ClassStandings> standings() { return standings; }
    public long publishedRows() { return publishedRows; }
}
