package coldchain.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes the QA release report and per-lane statistics. */
final class ReleaseReport {

    static final class LaneStats {
        int shipments;
        int released;
        int excursions;
        double[] mkt = new double[16];
        int n;

        void add(double v) {
            if (n == mkt.length) mkt = Arrays.copyOf(mkt, n * 2);
            mkt[n++] = v;
        }

        double percentile(double q) {
            double[] s = Arrays.copyOf(mkt, n);
            Arrays.sort(s);
            return s[Math.min(n - 1, (int) Math.round(q * (n - 1)))];
        }
    }

    static Map<String, LaneStats> write(Path file, List<ExcursionAnalyzer.Verdict> verdicts) throws IOException {
        Map<String, LaneStats> lanes = new TreeMap<>();
        Map<String, Integer> byProduct = new HashMap<>();
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("shipment,product,lane,samples,mkt_c,min_c,max_c,min_above,min_below,frozen,excursions,release,sha256\n");
            StringBuilder sb = new StringBuilder(256);
            for (ExcursionAnalyzer.Verdict v : verdicts) {
                sb.setLength(0);
                sb.append(v.shipmentId()).append(',').append(v.productCode()).append(',').append(v.lane())
                  .append(',').append(v.samples()).append(',');
                fixed2(sb, v.mktC()).append(',');
                fixed2(sb, v.minC()).append(',');
                fixed2(sb, v.maxC()).append(',');
                sb.append(v.minutesAbove()).append(',').append(v.minutesBelow()).append(',')
                  .append(v.frozen()).append(',').append(v.excursions().size()).append(',')
                  .append(v.releasable() ? "RELEASE" : "QUARANTINE").append(',').append(v.checksum()).append('\n');
                w.append(sb);

                LaneStats ls = lanes.computeIfAbsent(v.lane(), k -> new LaneStats());
                ls.shipments++;
                if (v.releasable()) ls.released++;
                ls.excursions += v.excursions().size();
                ls.add(v.mktC());
                byProduct.merge(v.productCode(), v.releasable() ? 0 : 1, Integer::sum);
            }
        }
        return lanes;
    }

    static StringBuilder fixed2(StringBuilder sb, double v) {
        long h = Math.round(v * 100);
        if (h < 0) {
            sb.append('-');
            h = -h;
        }
        sb.append(h / 100).append('.');
        if (h % 100 < 10) sb.append('0');
        return sb.append(h % 100);
    }
}
