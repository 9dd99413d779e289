package storereturns;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** Runs a season of service-desk returns against the sales ledger and prints the close-of-day summary. */
public final class ReturnsDesk {

    private static final LocalDate SEASON_START = LocalDate.of(2023, 9, 1);
    private static final int SEASON_DAYS = 150;

    public static void main(String[] args) throws IOException {
        int receipts = args.length > 0 ? Integer.parseInt(args[0]) : 140_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 65_000;
        SplittableRandom rnd = new SplittableRandom(4242);

        Catalog catalog = Catalog.generate(rnd, 8_000);
        SalesLedger ledger = SalesLedger.generate(rnd, catalog, receipts, SEASON_START, SEASON_DAYS, 70_000);
        List<ReturnService.ReturnRequest> queue = generateRequests(rnd, catalog, ledger, requests);

        Path workDir = Files.createTempDirectory("store-returns-");
        try {
            run(catalog, ledger, queue, workDir);
        } finally {
            deleteTree(workDir);
        }
    }

    private static void run(Catalog catalog, SalesLedger ledger, List<ReturnService.ReturnRequest> queue,
                            Path workDir) throws IOException {
        FraudScreen fraud = new FraudScreen();
        DailyReport report = new DailyReport();
        AuditTrail audit;
        ReturnService service;

        try (BufferedWriter slips = Files.newBufferedWriter(workDir.resolve("slips.txt"));
             BufferedWriter auditLog = Files.newBufferedWriter(workDir.resolve("audit.log"))) {
            audit = new AuditTrail(auditLog);
            service = new ReturnService(catalog, ledger, fraud, audit);
            for (ReturnService.ReturnRequest req : queue) {
                ReturnService.RefundDecision d = service.process(req);
                report.add(d);
                if (d.totalCents > 0) {
                    slips.write(RefundSlip.render(d, SalesLedger.store(req.storeId())));
                    slips.write("----\n");
                }
            }
        }
        report.print(service.rejectionCounts(), fraud.blockedCustomers(), audit.size());
    }

    static List<ReturnService.ReturnRequest> generateRequests(SplittableRandom rnd, Catalog catalog,
                                                              SalesLedger ledger, int count) {
        ReturnPolicy.Condition[] conditions = ReturnPolicy.Condition.values();
        List<ReturnService.ReturnRequest> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = "R" + (5_000_000 + i);
            List<ReturnService.ReturnItem> items = new ArrayList<>(3);
            if (rnd.nextInt(100) < 12) {
                // walk-in return without a receipt, often the same few customers
                int storeId = 101 + rnd.nextInt(SalesLedger.STORES.size());
                String customer = "C" + rnd.nextInt(300);
                LocalDate date = SEASON_START.plusDays(rnd.nextInt(SEASON_DAYS + 30));
                int n = 1 + rnd.nextInt(2);
                for (int k = 0; k < n; k++) {
                    Catalog.Product p = catalog.at(rnd.nextInt(catalog.size()));
                    items.add(new ReturnService.ReturnItem(p.upc(), 1, conditions[rnd.nextInt(2)]));
                }
                out.add(new ReturnService.ReturnRequest(id, null, storeId, customer, date, items));
                continue;
            }
            SalesLedger.Receipt receipt = ledger.at(rnd.nextInt(ledger.size()));
            LocalDate date = receipt.saleDate().plusDays((long) (rnd.nextDouble() < 0.85
                    ? rnd.nextInt(30) : 20 + rnd.nextInt(70)));
            int n = 1 + rnd.nextInt(Math.min(3, receipt.lines().size()));
            for (int k = 0; k < n; k++) {
                SalesLedger.ReceiptLine line = receipt.lines().get(rnd.nextInt(receipt.lines().size()));
                String code = rnd.nextInt(10) < 4 ? line.upc() : line.sku();
                if (rnd.nextInt(40) == 0) {
                    code = catalog.at(rnd.nextInt(catalog.size())).sku(); // item bought elsewhere
                }
                int qty = rnd.nextInt(12) == 0 ? line.quantity() + 1 : 1 + rnd.nextInt(line.quantity());
                int roll = rnd.nextInt(100);
                ReturnPolicy.Condition c = roll < 62 ? ReturnPolicy.Condition.NEW
                        : roll < 92 ? ReturnPolicy.Condition.OPENED : ReturnPolicy.Condition.DAMAGED;
                items.add(new ReturnService.ReturnItem(code, qty, c));
            }
            int storeId = rnd.nextInt(5) == 0 ? 101 + rnd.nextInt(SalesLedger.STORES.size()) : receipt.storeId();
            out.add(new ReturnService.ReturnRequest(id, receipt.number(), storeId, receipt.customerId(), date,
                    items));
        }
        out.sort(Comparator.comparing(ReturnService.ReturnRequest::date).thenComparing(ReturnService.ReturnRequest::id));
        return out;
    }

    /** Close-of-day totals by store and department. */
    static final class DailyReport {
        private final Map<Integer, Map<String, long[]>> byStore = new TreeMap<>();
        private final Map<String, Long> byCustomer = new HashMap<>();
        private long[] totals = new long[1024];
        private int refunds;
        private int requests;
        private int approvals;

        void add(ReturnService.RefundDecision d) {
            requests++;
            if (d.managerApproval) {
                approvals++;
            }
            if (d.totalCents <= 0) {
                return;
            }
            if (refunds == totals.length) {
                totals = Arrays.copyOf(totals, refunds * 2);
            }
            totals[refunds++] = d.totalCents;
            byCustomer.merge(d.customerId, d.totalCents, Long::sum);
            Map<String, long[]> depts = byStore.computeIfAbsent(d.storeId, k -> new TreeMap<>());
            for (ReturnService.RefundLine l : d.lines) {
                long[] acc = depts.computeIfAbsent(l.department(), k -> new long[3]);
                acc[0] += l.quantity();
                acc[1] += l.refundCents() + l.taxCents();
                acc[2] += l.restockingCents();
            }
        }

        void print(Map<String, Integer> rejections, int blockedCustomers, int auditEntries) {
            long[] sorted = Arrays.copyOf(totals, refunds);
            Arrays.sort(sorted);
            long sum = 0;
            for (long v : sorted) {
                sum += v;
            }
            System.out.println("requests=" + requests + " refunds=" + refunds + " refunded=" + cents(sum)
                    + " manager_approvals=" + approvals + " customers_flagged=" + blockedCustomers
                    + " audit_entries=" + auditEntries);
            if (refunds > 0) {
                System.out.println("refund p50=" + cents(sorted[refunds / 2]) + " p90="
                        + cents(sorted[(int) (refunds * 0.9)]) + " p99=" + cents(sorted[(int) (refunds * 0.99)]));
            }
            System.out.println("rejections " + new TreeMap<>(rejections));
            for (Map.Entry<Integer, Map<String, long[]>> s : byStore.entrySet()) {
                StringBuilder sb = new StringBuilder();
                sb.append("store ").append(s.getKey()).append(' ').append(SalesLedger.store(s.getKey()).name());
                for (Map.Entry<String, long[]> e : s.getValue().entrySet()) {
                    sb.append(' ').append(e.getKey(), 0, 3).append('=').append(cents(e.getValue()[1]));
                }
                System.out.println(sb);
            }
            List<Map.Entry<String, Long>> top = new ArrayList<>(byCustomer.entrySet());
            top.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            StringBuilder sb = new StringBuilder("top customers");
            for (int i = 0; i < Math.min(5, top.size()); i++) {
                sb.append(' ').append(top.get(i).getKey()).append('=').append(cents(top.get(i).getValue()));
            }
            System.out.println(sb);
        }

        private static String cents(long c) {
            long abs = Math.abs(c);
            return (c < 0 ? "-" : "") + abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
