package berthplan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Writes stowed units as CSV rows for the terminal operating system. */
public class StowageReportExporter {

    public String header(Class<?> type) {
        StringBuilder sb = new StringBuilder();
        for (Method m : properties(type)) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(propertyName(m));
        }
        return sb.toString();
    }

    public void appendRow(StringBuilder sb, Object bean) {
        boolean first = true;
        for (Method m : properties(bean.getClass())) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            Object v;
            try {
                v = m.invoke(bean);
            } catch (IllegalAccessException | InvocationTargetException e) {
                v = "";
            }
            sb.append(v == null ? "" : v);
        }
        sb.append('\n');
    }

    private static List<Method> properties(Class<?> type) {
        List<Method> props = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String n = m.getName();
            if ((n.startsWith("get") && n.length() > 3) || (n.startsWith("is") && n.length() > 2)) {
                props.add(m);
            }
        }
        props.sort(Comparator.comparing(StowageReportExporter::propertyName));
        return props;
    }

    private static String propertyName(Method m) {
        String n = m.getName();
        String base = n.startsWith("is") ? n.substring(2) : n.substring(3);
        return Character.toLowerCase(base.charAt(0)) + base.substring(1);
    }

    public static String[] columns(Class<?> type) {
        return Arrays.stream(type.getMethods()).map(Method::getName).sorted().toArray(String[]::new);
    }
}
