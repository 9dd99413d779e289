import java.util.List;

public class ObservatoryMain {
    public static void main(String[] args) throws Exception {
        int nights = args.length > 0 ? Integer.parseInt(args[0]) : 360;
        SkyCatalog catalog = SkyCatalog.standard();
        NightLogReplayer replayer = new NightLogReplayer(0x5eed1234L, catalog);
        ObservationParser parser = new ObservationParser(catalog);
        NightReport report = new NightReport();
        ExposureStats stats = new ExposureStats();
        int bad = 0;
        long reportChars = 0;
        for (int n = 0; n < nights; n++) {
            List<String> lines = replayer.night(n, 1800);
            report.begin(n);
            for (String line : lines) {
                Observation o = parser.parse(line);
                if (o == null) {
                    bad++;
                    continue;
                }
                stats.add(o);
                report.add(o);
            }
            reportChars += report.finish().length();
        }
        System.out.printf("nights %d, observations %d, rejected %d, report chars %d%n",
                nights, stats.count(), bad, reportChars);
        for (String line : stats.summary(5)) {
            System.out.println("  " + line);
        }
    }
}
