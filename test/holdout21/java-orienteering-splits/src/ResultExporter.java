package orient.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes result objects as CSV for the federation's ranking upload. Columns
 * are the objects' bean properties in name order.
 */
public final class ResultExporter {

    public int write(Path file, List<?> rows) throws IOException {
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            StringBuilder line = new StringBuilder(256);
            boolean header = true;
            for (Object row : rows) {
                Map<String, Object> cells = properties(row);
                if (header) {
                    w.write(String.join(",", cells.keySet()));
                    w.newLine();
                    header = false;
                }
                line.setLength(0);
                for (Object v : cells.values()) {
                    if (line.length() > 0) line.append(',');
                    appendCell(line, v);
                }
                w.append(line).append('\n');
                written++;
            }
        }
        return written;
    }

    static Map<String, Object> properties(Object bean) {
        Map<String, Object> cells = new TreeMap<>();
        try {
            for (Method m : bean.getClass().getMethods()) {
                String name = m.getName();
                if (name.startsWith("get") && m.getParameterCount() == 0 && !name.equals("getClass")) {
                    cells.put(Character.toLowerCase(name.charAt(3)) + name.substring(4), m.invoke(bean));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + bean.getClass().getSimpleName(), e);
        }
        return cells;
    }

    private static void appendCell(StringBuilder sb, Object v) {
        if (v instanceof Double) {
            double d = (Double) v;
            long tenths = Math.round(d * 10);
            sb.append(tenths / 10).append('.').append(Math.abs(tenths % 10));
        } else if (v instanceof String && ((String) v).indexOf(',') >= 0) {
            sb.append('"').append(v).append('"');
        } else {
            sb.append(v);
        }
    }
}
