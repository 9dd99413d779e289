package seedbank;

import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/** Writes any plain data object as a delimited row, one column per field. */
final class CsvExporter {
    private final char separator;
    private final Writer out;
    private long rows;

    CsvExporter(Writer out, char separator) {
        this.out = out;
        this.separator = separator;
    }

    void header(Class<?> type) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(separator);
            }
            sb.append(f.getName());
        }
        out.write(sb.append('\n').toString());
    }

    void write(Object bean) throws IOException {
        out.write(toRow(bean));
        out.write('\n');
        rows++;
    }

    long rows() {
        return rows;
    }

    String toRow(Object bean) {
        StringBuilder sb = new StringBuilder(160);
        boolean first = true;
        for (Field f : bean.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            Object value;
            try {
                value = f.get(bean);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + f, e);
            }
            if (!first) {
                sb.append(separator);
            }
            first = false;
            appendCell(sb, value);
        }
        return sb.toString();
    }

    private void appendCell(StringBuilder sb, Object value) {
        if (value == null) {
            return;
        }
        String s = value.toString();
        boolean quote = s.indexOf(separator) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0;
        if (!quote) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }
}
