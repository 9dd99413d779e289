import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Census pages are keyed twice by different volunteers. The second keying of
 * a schedule must agree with the first on every transcribed field; agreeing
 * keyings are merged, disagreeing ones are both kept for checking.
 */
final class TranscriptionDeduplicator {
    private final Map<String, String> firstKeying = new HashMap<>();
    private int kept;

    int size() { return kept; }

    boolean admit(Household h) {
        String key = h.censusYear + ":" + h.piece + ":" + h.folio + ":" + h.schedule;
        String print = fingerprint(h);
        String first = firstKeying.putIfAbsent(key, print);
        if (first != null && first.equals(print)) {
            return false;
        }
        kept++;
        return true;
    }

    /** A fingerprint of every transcribed field of the household and its members. */
    static String fingerprint(Household h) {
        StringBuilder sb = new StringBuilder(256);
        appendFields(sb, h);
        for (Person p : h.members) appendFields(sb, p);
        return sb.toString();
    }

    private static void appendFields(StringBuilder sb, Object o) {
        for (Field f : o.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getType() == List.class) continue;
            try {
                f.setAccessible(true);
                sb.append(f.getName()).append('=').append(f.get(o)).append(';');
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
