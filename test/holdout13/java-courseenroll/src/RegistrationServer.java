import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Replays a registration-day burst against the course enrolment service:
 * students authenticate, pick sections, and receive confirmations.
 */
public class RegistrationServer {
    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 90000;
        long start = System.nanoTime();
        Catalog catalog = Catalog.generate(900, 11L);
        StudentDirectory directory = StudentDirectory.generate(600, 5L);
        EnrollmentService service = new EnrollmentService(catalog, directory);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<int[]>> futures = new ArrayList<>();
        int perWorker = requests / 2;
        for (int w = 0; w < 2; w++) {
            final long seed = 100 + w;
            futures.add(pool.submit(() -> {
                Random rnd = new Random(seed);
                int ok = 0, rejected = 0;
                for (int i = 0; i < perWorker; i++) {
                    RegistrationRequest req = RequestFactory.next(rnd, catalog, directory);
                    RegistrationResponse resp = service.handle(req);
                    if (resp.accepted()) ok++; else rejected++;
                }
                return new int[]{ok, rejected};
            }));
        }
        int ok = 0, rejected = 0;
        for (Future<int[]> f : futures) {
            int[] r = f.get();
            ok += r[0];
            rejected += r[1];
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("accepted=" + ok + " rejected=" + rejected);
        service.printFillReport(10);
        System.out.printf("elapsed %.2fs%n", (System.nanoTime() - start) / 1e9);
    }
}
