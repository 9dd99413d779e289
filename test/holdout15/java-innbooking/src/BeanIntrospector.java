package innbooking;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;

/** Reads bean-style properties (getX / isX) from any object. */
final class BeanIntrospector {
    private BeanIntrospector() {}

    /** Returns the object's readable properties, sorted by name. */
    static Map<String, Object> readProperties(Object bean) {
        Map<String, Object> props = new TreeMap<>();
        for (Method m : bean.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            String name = m.getName();
            String prop;
            if (name.startsWith("get") && name.length() > 3) prop = name.substring(3);
            else if (name.startsWith("is") && name.length() > 2) prop = name.substring(2);
            else continue;
            Object value;
            try {
                value = m.invoke(bean);
            } catch (IllegalAccessException | InvocationTargetException e) {
                value = "<" + e.getClass().getSimpleName() + ">";
            }
            props.put(Character.toLowerCase(prop.charAt(0)) + prop.substring(1), value);
        }
        return props;
    }
}
