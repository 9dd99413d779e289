import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Month-end billing run: a pool of billing workers serves invoice requests
 * produced by an in-process load generator that replays customer usage.
 */
public final class BillingApp {

    static Map<String, Plan> plans() {
        Map<String, Plan> m = new HashMap<>();
        m.put("STARTER", new Plan("STARTER", "Starter", new BigDecimal("29.00"), 3, new BigDecimal("9.00"), 50_000, new BigDecimal("0.40")));
        m.put("TEAM", new Plan("TEAM", "Team", new BigDecimal("99.00"), 10, new BigDecimal("8.00"), 250_000, new BigDecimal("0.32")));
        m.put("BUSINESS", new Plan("BUSINESS", "Business", new BigDecimal("349.00"), 40, new BigDecimal("7.00"), 1_500_000, new BigDecimal("0.25")));
        m.put("ENTERPRISE", new Plan("ENTERPRISE", "Enterprise", new BigDecimal("1490.00"), 200, new BigDecimal("5.50"), 10_000_000, new BigDecimal("0.18")));
        return m;
    }

    static Map<String, BigDecimal> vatRates() {
        Map<String, BigDecimal> m = new HashMap<>();
        m.put("DE", new BigDecimal("0.19"));
        m.put("FR", new BigDecimal("0.20"));
        m.put("NL", new BigDecimal("0.21"));
        m.put("GB", new BigDecimal("0.20"));
        m.put("SE", new BigDecimal("0.25"));
        m.put("JP", new BigDecimal("0.10"));
        m.put("US", BigDecimal.ZERO);
        m.put("CH", new BigDecimal("0.081"));
        return m;
    }

    static Map<String, BigDecimal> campaigns() {
        Map<String, BigDecimal> m = new HashMap<>();
        m.put("SPRING24", new BigDecimal("10"));
        m.put("PARTNER", new BigDecimal("20"));
        m.put("NONPROFIT", new BigDecimal("35"));
        m.put("EDU", new BigDecimal("50"));
        m.put("LOYALTY3Y", new BigDecimal("12"));
        return m;
    }

    static List<Customer> customers(int n, Random rnd) {
        Object[][] regions = {
                {Locale.GERMANY, "EUR", "DE"}, {Locale.FRANCE, "EUR", "FR"}, {new Locale("nl", "NL"), "EUR", "NL"},
                {Locale.UK, "GBP", "GB"}, {new Locale("sv", "SE"), "SEK", "SE"}, {Locale.JAPAN, "JPY", "JP"},
                {Locale.US, "USD", "US"}, {new Locale("de", "CH"), "CHF", "CH"},
        };
        String[] planCodes = {"STARTER", "STARTER", "TEAM", "TEAM", "TEAM", "BUSINESS", "ENTERPRISE"};
        String[] codes = {"", "", "SPRING24", "PARTNER", "NONPROFIT", "EDU", "LOYALTY3Y", "BLACKFRIDAY",
                "REFERRAL", "15", "AMT-25.00", "WELCOME", "3f1c2a9e-7b4d-4e21-9c55-1d2e3f4a5b6c"};
        String[] words = {"Nordwind", "Lumen", "Atlas", "Kite", "Harbor", "Quill", "Pioneer", "Juniper", "Vertex", "Mosaic"};
        String[] suffix = {"GmbH", "SARL", "B.V.", "Ltd", "AB", "KK", "Inc.", "AG"};
        List<Customer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int r = rnd.nextInt(regions.length);
            Object[] reg = regions[r];
            String name = words[rnd.nextInt(words.length)] + " " + words[rnd.nextInt(words.length)] + " " + suffix[r];
            LocalDate start = LocalDate.of(2024, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            String id = "C" + Integer.toString(1_000_000 + i).substring(1);
            out.add(new Customer(id, name, (Locale) reg[0], (String) reg[1], (String) reg[2],
                    planCodes[rnd.nextInt(planCodes.length)], 1 + rnd.nextInt(120), start,
                    codes[rnd.nextInt(codes.length)]));
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        int customerCount = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 150_000;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 2;

        long t0 = System.nanoTime();
        Random rnd = new Random(42);
        List<Customer> customers = customers(customerCount, rnd);
        InvoiceService service = new InvoiceService(plans(), vatRates(), new DiscountResolver(campaigns(),
                java.util.Set.of(java.util.UUID.fromString("3f1c2a9e-7b4d-4e21-9c55-1d2e3f4a5b6c"))));

        ExecutorService pool = Executors.newFixedThreadPool(workers);
        LongAdder invoices = new LongAdder();
        AtomicLong renderedChars = new AtomicLong();
        Map<String, BigDecimal> revenueByCurrency = new java.util.concurrent.ConcurrentHashMap<>();

        List<Future<?>> pending = new ArrayList<>();
        int batch = 2_000;
        for (int start = 0; start < requests; start += batch) {
            final int from = start;
            final int to = Math.min(requests, start + batch);
            final long seed = rnd.nextLong();
            pending.add(pool.submit(() -> {
                Random r = new Random(seed);
                for (int i = from; i < to; i++) {
                    Customer c = customers.get(r.nextInt(customers.size()));
                    UsageRecord usage = new UsageRecord(c.id(), (long) (r.nextDouble() * r.nextDouble() * 4_000_000),
                            r.nextInt(400), Math.max(1, c.seats() + r.nextInt(11) - 5));
                    LocalDate periodEnd = c.cycleStart().plusMonths(1).minusDays(r.nextInt(5));
                    Invoice inv = service.bill(new BillingRequest(c, usage, periodEnd));
                    invoices.increment();
                    renderedChars.addAndGet(inv.rendered().length());
                    revenueByCurrency.merge(c.currency(), inv.total(), BigDecimal::add);
                }
            }));
        }
        for (Future<?> f : pending) {
            f.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);

        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("invoices=%d renderedChars=%d currencies=%s elapsedMs=%d%n",
                invoices.sum(), renderedChars.get(), new java.util.TreeMap<>(revenueByCurrency).keySet(), ms);
    }
}
