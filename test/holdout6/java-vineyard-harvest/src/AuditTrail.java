import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.zip.CRC32;

/**
 * Appends every accepted record to the cooperative's audit trail. The line
 * format is generic ("property=value;...", built from the record's public
 * getters) so that new record types need no extra code.
 */
public final class AuditTrail {
    private final CRC32 crc = new CRC32();
    private long entries;

    void append(Object record) {
        StringBuilder line = new StringBuilder(160);
        line.append(record.getClass().getSimpleName()).append('{');
        for (Method m : record.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = m.getName();
            if (!name.startsWith("get") && !name.startsWith("is")) {
                continue;
            }
            try {
                line.append(propertyName(name)).append('=').append(m.invoke(record)).append(';');
            } catch (IllegalAccessException | InvocationTargetException e) {
                line.append(propertyName(name)).append("=?;");
            }
        }
        line.append('}');
        crc.update(line.toString().getBytes());
        entries++;
    }

    private static String propertyName(String getter) {
        int skip = getter.startsWith("is") ? 2 : 3;
        return Character.toLowerCase(getter.charAt(skip)) + getter.substring(skip + 1);
    }

    long entries() {
        return entries;
    }

    long checksum() {
        return crc.getValue();
    }
}
