package ontsync;

import java.lang.reflect.InvocationTargetException;

/**
 * Maps CSV columns onto bean properties by name, so new columns added by
 * the element manager only need a matching setter on the row class.
 */
final class RecordMapper<T> {
    private final Class<T> type;

    RecordMapper(Class<T> type) {
        this.type = type;
    }

    T populate(String[] columns, String[] values) {
        try {
            T row = type.getDeclaredConstructor().newInstance();
            int n = Math.min(columns.length, values.length);
            for (int i = 0; i < n; i++) {
                type.getMethod(setterName(columns[i]), String.class).invoke(row, values[i]);
            }
            return row;
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("cannot map row onto " + type.getSimpleName(), e);
        }
    }

    private static String setterName(String column) {
        return "set" + Character.toUpperCase(column.charAt(0)) + column.substring(1);
    }
}
