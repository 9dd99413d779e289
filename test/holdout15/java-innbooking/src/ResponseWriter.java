package innbooking;

import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/** Minimal JSON writer for API response DTOs. */
final class ResponseWriter {
    private ResponseWriter() {}

    static void writeBean(StringBuilder sb, Object bean) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : BeanIntrospector.readProperties(bean).entrySet()) {
            if (!first) sb.append(',');
            first = false;
            writeString(sb, e.getKey());
            sb.append(':');
            writeValue(sb, e.getValue());
        }
        sb.append('}');
    }

    static String list(String field, List<?> beans, int total) {
        StringBuilder sb = new StringBuilder(256 + beans.size() * 256);
        sb.append("{\"total\":").append(total).append(",\"").append(field).append("\":[");
        for (int i = 0; i < beans.size(); i++) {
            if (i > 0) sb.append(',');
            writeBean(sb, beans.get(i));
        }
        return sb.append("]}").toString();
    }

    private static void writeValue(StringBuilder sb, Object v) {
        if (v == null) sb.append("null");
        else if (v instanceof Number || v instanceof Boolean) sb.append(v);
        else if (v instanceof long[] arr) {
            sb.append('[');
            for (int i = 0; i < arr.length; i++) {
                if (i > 0) sb.append(',');
                sb.append(arr[i]);
            }
            sb.append(']');
        } else if (v instanceof TemporalAccessor || v instanceof Enum<?>) writeString(sb, v.toString());
        else writeString(sb, v.toString());
    }

    private static void writeString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        sb.append('"');
    }
}
