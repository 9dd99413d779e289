package affinage;

import static java.util.stream.Collectors.toMap;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Turns any bean-style record into named columns for the export files. */
final class RecordColumns {
    private RecordColumns() {}

    static Map<String, Object> describe(Object bean) {
        return Arrays.stream(bean.getClass().getMethods()).filter(RecordColumns::isGetter).collect(toMap(m -> columnName(m.getName()), m -> read(m, bean), (a, b) -> a, TreeMap::new));
    }

    private static boolean isGetter(Method m) {
        return m.getName().startsWith("get") && m.getName().length() > 3 && m.getParameterCount() == 0
                && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class;
    }

    private static String columnName(String getterName) {
        StringBuilder sb = new StringBuilder(getterName.length() + 4);
        for (int i = 3; i < getterName.length(); i++) {
            char c = getterName.charAt(i);
            if (Character.isUpperCase(c) && i > 3) sb.append('_');
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static Object read(Method getter, Object bean) {
        try {
            return getter.invoke(bean);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter.getName(), e);
        }
    }
}
