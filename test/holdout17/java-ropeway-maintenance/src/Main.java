package ropeway;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** Season replay of the resort's ropeway maintenance system. */
public final class Main {
    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 110;
        long t0 = System.nanoTime();
        Fleet fleet = new Fleet(4411);
        MaintenanceSeason season;
        try (AuditTrail audit = new AuditTrail()) {
            season = new MaintenanceSeason(fleet, audit, LocalDate.of(2024, 5, 18), days, 70, 9182);
            season.run();
            System.out.printf(Locale.ROOT, "audit entries: %d%n", audit.entries());
        }
        WorkOrderBook book = season.book();
        System.out.printf(Locale.ROOT, "assets %d, inspections %d, findings %d, work orders %d (%d archived), repairs %d (mean lag %.1f d)%n",
                fleet.assets.size(), season.inspections, season.findings, book.size(), season.historicOrders, season.repairs,
                season.repairs == 0 ? 0.0 : season.repairLagDays / season.repairs);
        System.out.printf(Locale.ROOT, "bulletin volume: %d characters%n", season.bulletinChars);
        for (Map.Entry<Component, int[]> e : book.countsByComponent().entrySet()) {
            int[] c = e.getValue();
            System.out.printf(Locale.ROOT, "  %-15s open %4d  scheduled %4d  done %5d%n", e.getKey(), c[0], c[1], c[2]);
        }
        System.out.println("rope test findings: " + season.ropeFindings.size());
        season.ropeFindings.stream()
                .filter(RopeScanner.Result::discard)
                .map(RopeScanner.Result::line)
                .distinct()
                .forEach(l -> System.out.println("  discard criterion reached on " + l));
        System.out.println("last bulletin:");
        season.lastBulletin.stream().limit(8).forEach(s -> System.out.println("  " + s));
        System.out.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
