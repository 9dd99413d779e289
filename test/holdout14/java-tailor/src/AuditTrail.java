import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** Keeps a human-readable trail of every order state change for the workshop. */
public class AuditTrail {
    private final List<String> entries = new ArrayList<>();
    private long bytes;

    /**
     * Generic bean-style description of any domain object (all public getters),
     * so new types show up in the audit log without extra code.
     */
    static String describe(Object o) {
        if (o == null) {
            return "null";
        }
        Class<?> c = o.getClass();
        if (c.getName().startsWith("java.") || c.isEnum()) {
            return String.valueOf(o);
        }
        StringBuilder sb = new StringBuilder(c.getSimpleName()).append('{');
        boolean first = true;
        for (Method m : c.getMethods()) {
            String name = m.getName();
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || "getClass".equals(name)) {
                continue;
            }
            String property;
            if (name.startsWith("get") && name.length() > 3) {
                property = Character.toLowerCase(name.charAt(3)) + name.substring(4);
            } else if (name.startsWith("is") && name.length() > 2) {
                property = Character.toLowerCase(name.charAt(2)) + name.substring(3);
            } else {
                continue;
            }
            try {
                Object v = m.invoke(o);
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(property).append('=').append(v == null ? "null" : describe(v));
            } catch (IllegalAccessException | InvocationTargetException e) {
                sb.append(property).append("=?");
            }
        }
        return sb.append('}').toString();
    }

    void record(String event, Object subject) {
        String line = event + " " + describe(subject);
        bytes += line.length();
        if (entries.size() < 10_000) {
            entries.add(line);
        }
    }

    long bytesWritten() { return bytes; }
    int size() { return entries.size(); }
}
