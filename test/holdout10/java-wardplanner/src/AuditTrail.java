import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDateTime;
import java.util.zip.CRC32;

/**
 * Clinical audit journal: every bed movement and escalation is journaled with
 * a snapshot of the affected record. The journal is shipped in 64 KiB chunks.
 */
public class AuditTrail {
    private final String site;
    private final StringBuilder journal = new StringBuilder(80 * 1024);
    private final CRC32 crc = new CRC32();
    long entries;
    long chunks;
    LocalDateTime clock;

    AuditTrail(String site) {
        this.site = site;
    }

    void record(String action, Object subject) {
        entries++;
        journal.append(clock).append('|').append(site).append('|').append(action).append('|')
               .append(describe(subject)).append('\n');
        if (journal.length() > 64 * 1024) {
            ship();
        }
    }

    /** Renders any domain object as {@code Type{field=value, ...}}. */
    static String describe(Object o) {
        if (o == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(o.getClass().getSimpleName()).append('{');
        boolean first = true;
        for (Field f : o.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            try {
                f.setAccessible(true);
                Object v = f.get(o);
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(f.getName()).append('=');
                if (v instanceof Patient) {
                    sb.append(((Patient) v).mrn);
                } else {
                    sb.append(v);
                }
            } catch (IllegalAccessException e) {
                sb.append(f.getName()).append("=?");
            }
        }
        return sb.append('}').toString();
    }

    void ship() {
        byte[] chunk = journal.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        crc.update(chunk);
        chunks++;
        journal.setLength(0);
    }
}
