import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;

/**
 * Season close for a craft brewery: predicts each batch's fermentation,
 * computes strength and bitterness, works out beer duty and signs the duty
 * record for the excise office.
 */
public final class BreweryLedger {
    private static final double DUTY_PER_HL_PERCENT = 21.01;
    private static final byte[] EXCISE_KEY = "brewery-7781-excise-shared-secret".getBytes(StandardCharsets.UTF_8);

    static ExciseUploader.Batchfile process(BrewHouse house, List<Batch> batches, int from, int to) {
        ExciseSigner signer = new ExciseSigner(EXCISE_KEY);
        ExciseUploader.Batchfile file = new ExciseUploader.Batchfile();
        for (int i = from; i < to; i++) {
            Batch b = batches.get(i);
            Recipe r = b.recipe;
            b.og = BrewCalc.originalGravity(r);
            b.ibu = BrewCalc.ibu(r, b.og);
            b.srm = BrewCalc.srm(r);
            YeastStrain y = house.yeastBank.get(r.yeastStrain);
            FermentationModel.Result res = new FermentationModel(y, b.setPointC).run(b.og, b.pitchCells);
            b.fg = res.finalGravity;
            b.daysToTerminal = res.daysToTerminal;
            b.peakC = res.peakTemperatureC;
            b.gravityLog = res.gravityLog;
            b.abv = BrewCalc.abv(b.og, b.fg);
            b.dutyPayable = r.batchLitres / 100.0 * b.abv * DUTY_PER_HL_PERCENT;
            String record = signer.canonicalRecord(b);
            b.signature = signer.sign(b, record);
            file.add(record, b.signature);
        }
        return file;
    }

    public static void main(String[] args) throws Exception {
        int batchCount = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        long started = System.nanoTime();
        Random rnd = new Random(99);
        BrewHouse house = new BrewHouse(rnd, 140);
        List<Batch> batches = house.plan(rnd, batchCount);
        ExciseUploader uploader = new ExciseUploader();

        int workers = 2;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<ExciseUploader.Batchfile>> futures = new ArrayList<>();
        int chunk = (batches.size() + workers - 1) / workers;
        for (int w = 0; w < workers; w++) {
            int from = w * chunk;
            int to = Math.min(batches.size(), from + chunk);
            futures.add(pool.submit(() -> process(house, batches, from, to)));
        }
        for (Future<ExciseUploader.Batchfile> f : futures) {
            uploader.submit(f.get());
        }
        pool.shutdown();

        Map<String, double[]> byStyle = new TreeMap<>();
        double duty = 0;
        for (Batch b : batches) {
            double[] agg = byStyle.computeIfAbsent(b.recipe.style, k -> new double[4]);
            agg[0]++;
            agg[1] += b.abv;
            agg[2] += b.ibu;
            agg[3] += b.daysToTerminal;
            duty += b.dutyPayable;
        }
        System.out.println("style            batches   abv    ibu   days");
        for (Map.Entry<String, double[]> e : byStyle.entrySet()) {
            double[] a = e.getValue();
            System.out.printf("%-16s %7d %5.2f %6.1f %6.1f%n", e.getKey(), (long) a[0], a[1] / a[0], a[2] / a[0], a[3] / a[0]);
        }
        System.out.printf("duty payable %.2f, signed records %d (%d bytes, %s)%n",
                duty, uploader.records(), uploader.bytes(), uploader.protocol());
        System.out.printf("elapsed %.1fs%n", (System.nanoTime() - started) / 1e9);
    }
}
