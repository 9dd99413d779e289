import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Monthly payroll export: turns raw timesheet rows into payslip lines and a CSV export per cost centre. */
public class PayrollExport {
    public static void main(String[] args) throws Exception {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        long started = System.nanoTime();

        TimesheetSource source = new TimesheetSource(20240601L, employees);
        PayCalculator calculator = new PayCalculator();
        CsvExporter exporter = new CsvExporter(';');

        ExecutorService pool = Executors.newFixedThreadPool(2);
        long totalBytes = 0;
        Map<String, Double> grossByCentre = new TreeMap<>();
        for (int month = 1; month <= months; month++) {
            List<List<RawTimesheetRow>> chunks = source.monthInChunks(2024, month, 500);
            List<Future<CostCentreBatch>> futures = new ArrayList<>();
            for (List<RawTimesheetRow> chunk : chunks) {
                futures.add(pool.submit(() -> {
                    CostCentreBatch batch = new CostCentreBatch();
                    for (RawTimesheetRow row : chunk) {
                        Payslip slip = calculator.compute(row);
                        batch.add(slip, exporter.toCsvLine(slip));
                    }
                    return batch;
                }));
            }
            for (Future<CostCentreBatch> f : futures) {
                CostCentreBatch b = f.get();
                totalBytes += b.bytes;
                b.grossByCentre.forEach((k, v) -> grossByCentre.merge(k, v, Double::sum));
            }
            System.out.printf("month %02d: %d chunks exported%n", month, chunks.size());
        }
        pool.shutdown();

        System.out.printf("export bytes=%d elapsed=%.1fs%n", totalBytes, (System.nanoTime() - started) / 1e9);
        grossByCentre.forEach((k, v) -> System.out.printf("  %-10s gross %,14.2f%n", k, v));
    }

    static final class CostCentreBatch {
        long bytes;
        final Map<String, Double> grossByCentre = new TreeMap<>();
        void add(Payslip slip, String csvLine) {
            bytes += csvLine.length() + 1;
            grossByCentre.merge(slip.getCostCentre(), slip.getGrossPay(), Double::sum);
        }
    }
}
