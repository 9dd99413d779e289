package yarddwell;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.function.Function;

/** Fixed-width text tables; one line per report group. */
final class ReportFormatter {
    private final Writer out;
    private final StringBuilder line = new StringBuilder(160);

    ReportFormatter(Writer out) {
        this.out = out;
    }

    <K> void section(String title, Map<K, DwellStatistics> groups, Function<K, String> label) throws IOException {
        out.write(title);
        out.write('\n');
        out.write("group        visits   mean_h    p50_h    p90_h    p99_h    max_h  >14d  storage\n");
        for (Map.Entry<K, DwellStatistics> e : groups.entrySet()) {
            DwellStatistics s = e.getValue();
            double[] h = s.summaryHours();
            line.setLength(0);
            pad(label.apply(e.getKey()), 10);
            padLeft(Integer.toString(s.count()), 8);
            for (double x : h) {
                padLeft(fixed1(x), 9);
            }
            padLeft(Integer.toString(s.overTwoWeeks()), 6);
            padLeft(money(s.chargesCents()), 14);
            line.append('\n');
            out.append(line);
        }
        out.write('\n');
    }

    private void pad(String s, int width) {
        line.append(s);
        for (int i = s.length(); i < width; i++) {
            line.append(' ');
        }
    }

    private void padLeft(String s, int width) {
        for (int i = s.length(); i < width; i++) {
            line.append(' ');
        }
        line.append(s);
    }

    private static String fixed1(double x) {
        long tenths = Math.round(x * 10);
        return (tenths / 10) + "." + (tenths % 10);
    }

    private static String money(long cents) {
        return (cents / 100) + "." + (cents % 100 < 10 ? "0" : "") + (cents % 100);
    }
}
