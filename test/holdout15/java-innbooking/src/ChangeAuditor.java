package innbooking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Keeps a property-level change log for reservations so front-desk staff can
 * see who changed what. Works for any bean-style object.
 */
public final class ChangeAuditor {
    private final List<String> log = new ArrayList<>();
    private long bytes;

    public void record(String actor, String action, Object before, Object after) {
        List<String> changes = diff(before, after);
        StringBuilder sb = new StringBuilder(64 + changes.size() * 32);
        sb.append(actor).append(' ').append(action);
        for (String c : changes) sb.append("; ").append(c);
        String line = sb.toString();
        bytes += line.length();
        if (log.size() < 50_000) log.add(line);
    }

    /** Lists every property whose value differs between two snapshots. */
    public List<String> diff(Object before, Object after) {
        Map<String, Object> a = before == null ? Collections.emptyMap() : BeanIntrospector.readProperties(before);
        Map<String, Object> b = after == null ? Collections.emptyMap() : BeanIntrospector.readProperties(after);
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<String> changes = new ArrayList<>();
        for (String k : keys) {
            Object va = a.get(k), vb = b.get(k);
            if (!Objects.deepEquals(va, vb)) changes.add(k + ": " + render(va) + " -> " + render(vb));
        }
        return changes;
    }

    private static String render(Object v) {
        if (v instanceof long[]) return Arrays.toString((long[]) v);
        return String.valueOf(v);
    }

    public int entries() { return log.size(); }
    public long bytes() { return bytes; }
}
