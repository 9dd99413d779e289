package coldchain.audit;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the CSV export of a USB temperature logger:
 * <pre>
 * # logger=TL-004211 shipment=SH-88123 product=VX-HPV lane=AMS-NBO start=1717200000 interval=60 rows=7200
 * seq,temp_c,lux
 * 0,4.81,0
 * ...
 * </pre>
 */
public final class LoggerExportParser {
    private static final Pattern HEADER = Pattern.compile(
            "^# logger=(\\S+) shipment=(\\S+) product=(\\S+) lane=(\\S+) start=(\\d+) interval=(\\d+) rows=(\\d+)$");

    public LoggerReading parse(byte[] export) {
        int nl = indexOf(export, 0, (byte) '\n');
        String header = new String(export, 0, nl, StandardCharsets.US_ASCII);
        Matcher m = HEADER.matcher(header);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a logger export: " + header);
        }
        int rows = Integer.parseInt(m.group(7));
        LoggerReading r = new LoggerReading(m.group(1), m.group(2), m.group(3), m.group(4),
                Long.parseLong(m.group(5)), Integer.parseInt(m.group(6)), rows);
        int pos = indexOf(export, nl + 1, (byte) '\n') + 1; // skip column header
        while (pos < export.length) {
            int end = indexOf(export, pos, (byte) '\n');
            if (end < 0) end = export.length;
            int c1 = indexOf(export, pos, (byte) ',');
            int c2 = indexOf(export, c1 + 1, (byte) ',');
            r.add(decimal(export, c1 + 1, c2), decimal(export, c2 + 1, end));
            pos = end + 1;
        }
        return r;
    }

    private static int indexOf(byte[] b, int from, byte c) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == c) return i;
        }
        return -1;
    }

    /** Parses a plain decimal like -12.34 without allocating. */
    static float decimal(byte[] b, int from, int to) {
        boolean neg = false;
        int i = from;
        if (b[i] == '-') {
            neg = true;
            i++;
        }
        long whole = 0, frac = 0, scale = 1;
        for (; i < to && b[i] != '.'; i++) whole = whole * 10 + (b[i] - '0');
        if (i < to) {
            for (i++; i < to; i++) {
                frac = frac * 10 + (b[i] - '0');
                scale *= 10;
            }
        }
        float v = whole + (float) frac / scale;
        return neg ? -v : v;
    }
}
