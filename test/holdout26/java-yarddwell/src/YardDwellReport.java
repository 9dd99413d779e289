package yarddwell;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Monthly dwell-time and storage revenue report for a container terminal yard. */
public final class YardDwellReport {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);
    private static final long START_MINUTE = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond() / 60;

    public static void main(String[] args) throws IOException {
        int terminals = args.length > 0 ? Integer.parseInt(args[0]) : 14;
        Path work = Files.createTempDirectory("yarddwell-");
        try {
            long totalVisits = 0;
            long totalCharges = 0;
            for (int t = 0; t < terminals; t++) {
                long[] r = reportTerminal(t, work);
                totalVisits += r[0];
                totalCharges += r[1];
            }
            System.out.printf("terminals=%d visits=%d storage_revenue=%d.%02d%n", terminals, totalVisits,
                    totalCharges / 100, totalCharges % 100);
        } finally {
            try (var s = Files.walk(work)) {
                s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static long[] reportTerminal(int terminal, Path work) throws IOException {
        List<GateMove> moves = new MoveHistoryGenerator(7_000_000L + terminal, 60).generate(160_000, START_MINUTE);
        List<DwellCalculator.Visit> visits = new DwellCalculator().pair(moves);
        StorageTariff tariff = new StorageTariff();
        Map<String, DwellStatistics> byBlock = new TreeMap<>();
        Map<String, DwellStatistics> byOperator = new TreeMap<>();
        Map<String, DwellStatistics> byMonth = new TreeMap<>();
        Map<Long, String> monthLabels = new TreeMap<>();
        long charges = 0;
        for (DwellCalculator.Visit v : visits) {
            long c = tariff.chargeCents(v);
            charges += c;
            long monthKey = v.outMinute() / (60L * 24 * 28);
            String month = monthLabels.computeIfAbsent(monthKey, k -> MONTH.format(Instant.ofEpochSecond(v.outMinute() * 60)));
            byBlock.computeIfAbsent(v.block(), k -> new DwellStatistics()).add(v.dwellMinutes(), c);
            byOperator.computeIfAbsent(v.lineOperator(), k -> new DwellStatistics()).add(v.dwellMinutes(), c);
            byMonth.computeIfAbsent(month, k -> new DwellStatistics()).add(v.dwellMinutes(), c);
        }
        Path out = work.resolve("terminal-" + terminal + "-dwell.txt");
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ReportFormatter f = new ReportFormatter(w);
            f.section("Dwell by yard block", byBlock, Function.identity());
            f.section("Dwell by line operator", byOperator, Function.identity());
            f.section("Dwell by month of departure", byMonth, Function.identity());
        }
        return new long[] {visits.size(), charges};
    }
}
