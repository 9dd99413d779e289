import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/** Append-only audit log of redemption decisions, as key=value lines. */
public class AuditTrail {
    private final List<String> entries = new ArrayList<>();
    private final CRC32 crc = new CRC32();
    private long bytes;

    void record(String action, Object... subjects) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(action);
        for (Object s : subjects) {
            sb.append(" | ").append(describe(s));
        }
        String line = sb.toString();
        crc.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes += line.length();
        if (entries.size() < 5000) {
            entries.add(line);
        }
    }

    static String describe(Object o) {
        if (o == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(o.getClass().getSimpleName()).append('{');
        boolean first = true;
        for (Class<?> c = o.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    Object v = f.get(o);
                    if (v instanceof java.util.Collection) {
                        v = ((java.util.Collection<?>) v).size() + " items";
                    } else if (v != null && v.getClass().isArray()) {
                        StringBuilder a = new StringBuilder("[");
                        for (int i = 0; i < Array.getLength(v); i++) {
                            a.append(i == 0 ? "" : " ").append(Array.get(v, i));
                        }
                        v = a.append(']');
                    }
                    if (!first) {
                        sb.append(", ");
                    }
                    sb.append(f.getName()).append('=').append(v);
                    first = false;
                } catch (IllegalAccessException e) {
                    // field not readable; leave it out of the audit line
                }
            }
        }
        return sb.append('}').toString();
    }

    long checksum() {
        return crc.getValue();
    }

    long bytes() {
        return bytes;
    }
}
