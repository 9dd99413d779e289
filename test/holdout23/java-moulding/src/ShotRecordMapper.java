package moulding;

import java.lang.reflect.Field;

/**
 * Maps a row of the controller export onto a {@link Shot}. Column names follow the
 * export header (snake_case) and are matched to the fields of {@code Shot}, so new
 * controller columns only need a field on the class.
 */
final class ShotRecordMapper {
    private final String[] columns;

    ShotRecordMapper(String header) {
        this.columns = header.split(";");
    }

    Shot map(String[] values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException("expected " + columns.length + " columns, got " + values.length);
        }
        Shot shot = new Shot();
        for (int i = 0; i < columns.length; i++) {
            String property = toFieldName(columns[i]);
            try {
                Field field = findField(Shot.class, property);
                Object value = convert(field.getType(), values[i]);
                field.setAccessible(true);
                field.set(shot, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot map column " + columns[i], e);
            }
        }
        return shot;
    }

    /** Finds a field by name on the class or its superclasses. */
    static Field findField(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return f;
                }
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }

    static String toFieldName(String column) {
        StringBuilder sb = new StringBuilder(column.length());
        boolean upper = false;
        for (int i = 0; i < column.length(); i++) {
            char c = column.charAt(i);
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    private static Object convert(Class<?> type, String raw) {
        if (type == double.class) {
            return Double.parseDouble(raw);
        }
        if (type == int.class) {
            return Integer.parseInt(raw);
        }
        if (type == long.class) {
            return Long.parseLong(raw);
        }
        return raw;
    }
}
