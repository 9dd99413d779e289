package telematics;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Appends records to a CSV journal for the warranty data warehouse. Columns
 * are the record's bean properties in name order, so new fields appear in
 * the export without changes here.
 */
public final class EventJournal implements Closeable {
    private final BufferedWriter out;
    private boolean headerWritten;
    private long rows;

    EventJournal(Path file) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void append(Object record) throws IOException {
        Method[] methods = record.getClass().getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        StringBuilder header = new StringBuilder();
        StringBuilder line = new StringBuilder(192);
        for (Method m : methods) {
            String name = m.getName();
            if (!name.startsWith("get") || m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class) {
                continue;
            }
            if (line.length() > 0) {
                line.append(',');
                header.append(',');
            }
            header.append(Character.toLowerCase(name.charAt(3))).append(name, 4, name.length());
            Object value;
            try {
                value = m.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IOException("cannot read " + name + " of " + record.getClass().getSimpleName(), e);
            }
            if (value != null && m.isAnnotationPresent(Masked.class)) {
                value = mask(value.toString());
            }
            appendField(line, value);
        }
        if (!headerWritten) {
            out.write(header.toString());
            out.newLine();
            headerWritten = true;
        }
        out.write(line.toString());
        out.newLine();
        rows++;
    }

    private static String mask(String s) {
        if (s.length() <= 6) {
            return "******";
        }
        return "*".repeat(s.length() - 6) + s.substring(s.length() - 6);
    }

    private static void appendField(StringBuilder line, Object value) {
        if (value == null) {
            return;
        }
        String s = value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0) {
            line.append('"').append(s.replace("\"", "\"\"")).append('"');
        } else {
            line.append(s);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
