package storereturns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;

/** Writes a line per decision for loss prevention. */
final class AuditTrail {

    private final Writer out;
    private int entries;

    AuditTrail(Writer out) {
        this.out = out;
    }

    void record(String action, Object subject) {
        try {
            out.write(action);
            out.write(' ');
            out.write(describe(subject));
            out.write('\n');
            entries++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders an object's fields as name=value pairs, descending into nested objects and collections. */
    static String describe(Object o) {
        StringBuilder sb = new StringBuilder(256);
        describe(o, sb, 0);
        return sb.toString();
    }

    private static void describe(Object o, StringBuilder sb, int depth) {
        if (o == null || o instanceof CharSequence || o instanceof Number || o instanceof Boolean
                || o instanceof Enum<?> || o instanceof TemporalAccessor || depth > 3) {
            sb.append(o);
            return;
        }
        if (o instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object e : c) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                describe(e, sb, depth + 1);
            }
            sb.append(']');
            return;
        }
        sb.append(o.getClass().getSimpleName()).append('{');
        boolean first = true;
        for (Field f : o.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            Object value;
            try {
                value = f.get(o);
            } catch (IllegalAccessException e) {
                value = "?";
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(f.getName()).append('=');
            describe(value, sb, depth + 1);
        }
        sb.append('}');
    }

    int size() {
        return entries;
    }
}
