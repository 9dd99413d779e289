import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * End-of-day refill run of a small pharmacy chain: processes the queued
 * portal refill requests, then plans tomorrow's wholesaler orders.
 */
public final class PharmacyRefills {
    static final LocalDate TODAY = LocalDate.of(2024, 6, 14);
    static final List<String> BRANCHES = List.of("Main St", "Harbor", "Eastgate", "Old Mill");
    static final String[] FIRST = {"Ada", "Bruno", "Carmen", "Dmitri", "Elif", "Farah", "Gustavo", "Hana", "Ivo",
        "Jun", "Kwame", "Lena", "Marta", "Nils", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq"};
    static final String[] LAST = {"Abbott", "Becker", "Castillo", "Dubois", "Eriksen", "Fujita", "Grant", "Haddad",
        "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov"};

    public static void main(String[] args) throws Exception {
        int nPatients = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
        int nSessions = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();

        Random rnd = new Random(20240614);
        Formulary formulary = new Formulary(rnd);
        PatientStore patients = new PatientStore();
        List<String> pins = new ArrayList<>();
        List<byte[]> salts = new ArrayList<>();
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String pin = String.format("%04d", rnd.nextInt(10000));
            byte[] salt = new byte[16];
            rnd.nextBytes(salt);
            pins.add(pin);
            salts.add(salt);
            hashes.add(PinVerifier.hash(pin.toCharArray(), salt));
        }
        InsurancePlan[] plans = {
            new InsurancePlan("Bronze HDHP", 1500, new double[] {15, 45, 90}, 0.3, 6000),
            new InsurancePlan("Silver PPO", 250, new double[] {10, 35, 70}, 0.2, 4500),
            new InsurancePlan("Gold HMO", 0, new double[] {5, 20, 50}, 0.1, 3000),
            new InsurancePlan("Medicare D", 545, new double[] {2, 12, 47}, 0.25, 8000),
        };
        List<Drug> drugs = formulary.all();
        int rxSeq = 7100000;
        for (int i = 0; i < nPatients; i++) {
            Patient p = new Patient("P" + (100000 + i), FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)],
                    LocalDate.of(1935 + rnd.nextInt(70), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)),
                    salts.get(i % salts.size()), hashes.get(i % hashes.size()), plans[rnd.nextInt(plans.length)]);
            int nRx = 3 + rnd.nextInt(6);
            for (int k = 0; k < nRx; k++) {
                Drug d = drugs.get(rnd.nextInt(drugs.size()));
                int days = rnd.nextBoolean() ? 30 : 90;
                Prescription rx = new Prescription("RX" + (rxSeq++), d, 1 + rnd.nextInt(2), 1 + rnd.nextInt(3), days,
                        rnd.nextInt(12));
                LocalDate fill = TODAY.minusDays(rnd.nextInt(days + 10));
                int fills = 8 + rnd.nextInt(15);
                List<String> hist = new ArrayList<>();
                for (int f = 0; f < fills; f++) {
                    hist.add(fill.toString());
                    fill = fill.minusDays(days - 3 + rnd.nextInt(12));
                }
                Collections.reverse(hist);
                rx.fillDates.addAll(hist);
                p.prescriptions.add(rx);
            }
            patients.add(p);
        }
        Inventory inventory = new Inventory();
        for (String b : BRANCHES) {
            for (Drug d : drugs) {
                inventory.stock(b, d.ndc(), 3000 + rnd.nextInt(9000));
            }
        }
        List<RefillSession> sessions = new ArrayList<>(nSessions);
        for (int s = 0; s < nSessions; s++) {
            int pi = rnd.nextInt(nPatients);
            Patient p = patients.get("P" + (100000 + pi));
            String pin = rnd.nextInt(50) == 0 ? "0000" : pins.get(pi % pins.size());
            List<String> items = new ArrayList<>();
            int n = 1 + rnd.nextInt(3);
            for (int k = 0; k < n; k++) {
                items.add(p.prescriptions.get(rnd.nextInt(p.prescriptions.size())).rxNumber);
            }
            sessions.add(new RefillSession("S" + s, p.id, pin, BRANCHES.get(rnd.nextInt(BRANCHES.size())), items));
        }
        System.out.printf("loaded %d patients, %d refill sessions in %d ms%n", patients.size(), sessions.size(),
                (System.nanoTime() - t0) / 1_000_000);

        AtomicInteger threadNo = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "refill-worker-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, tf);
        RefillProcessor processor = new RefillProcessor(patients, formulary, inventory, TODAY);
        List<Future<List<RefillProcessor.Outcome>>> futures = new ArrayList<>();
        for (RefillSession s : sessions) {
            futures.add(pool.submit(() -> processor.handle(s)));
        }
        Map<String, Integer> byStatus = new TreeMap<>();
        double collected = 0;
        long labelChars = 0;
        int notices = 0;
        for (Future<List<RefillProcessor.Outcome>> f : futures) {
            for (RefillProcessor.Outcome o : f.get()) {
                byStatus.merge(o.status(), 1, Integer::sum);
                collected += o.patientPays();
                labelChars += o.labelLength();
                if (o.notice() != null) notices++;
            }
        }
        long t1 = System.nanoTime();
        System.out.printf("refills processed in %d ms: %s%n", (t1 - t0) / 1_000_000, byStatus);
        System.out.printf("patient payments collected: %.2f, label text %d chars, %d text notices%n", collected,
                labelChars, notices);

        ReorderPlanner planner = new ReorderPlanner(6000);
        int orders = 0;
        long units = 0;
        for (Future<ReorderPlanner.Order> f : pool.invokeAll(planner.tasks(BRANCHES, formulary, inventory))) {
            ReorderPlanner.Order o = f.get();
            if (o.orderQty() > 0) {
                orders++;
                units += o.orderQty();
            }
        }
        pool.shutdown();
        System.out.printf("reorder plan: %d order lines, %d units (%d ms)%n", orders, units,
                (System.nanoTime() - t1) / 1_000_000);
        System.out.printf("total %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }
}
