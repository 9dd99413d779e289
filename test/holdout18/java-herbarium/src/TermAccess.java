package org.herbaria.reconcile;

import java.lang.reflect.InvocationTargetException;

/** Reads a Darwin Core term from any bean that follows the getter convention. */
final class TermAccess {
    private TermAccess() {}

    static Object read(Object bean, String term) {
        String getter = "get" + Character.toUpperCase(term.charAt(0)) + term.substring(1);
        try {
            return bean.getClass().getMethod(getter).invoke(bean);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + term, e);
        }
    }
}
