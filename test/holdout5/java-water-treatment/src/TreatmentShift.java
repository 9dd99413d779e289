import java.util.List;

public class TreatmentShift {
    public static void main(String[] args) {
        int shifts = args.length > 0 ? Integer.parseInt(args[0]) : 450;
        ScadaFeed feed = new ScadaFeed(5511L);
        ReadingParser parser = new ReadingParser();
        DosingController dosing = new DosingController(12);
        ShiftReport report = new ShiftReport();

        long reportChars = 0;
        int rejected = 0, alarms = 0;
        for (int s = 0; s < shifts; s++) {
            List<String> lines = feed.shift(s, 2400);
            for (String line : lines) {
                Reading r = parser.parse(line);
                if (r == null) {
                    rejected++;
                    continue;
                }
                DosingController.Action a = dosing.update(r);
                if (a.alarm) {
                    alarms++;
                }
                report.add(r, a);
            }
            reportChars += report.flush(s).length();
        }
        System.out.println("shifts=" + shifts + " rejected=" + rejected + " alarms=" + alarms
                + " report_kb=" + (reportChars / 1024));
    }
}

final class Reading {
    final int basin;
    final String sensor;
    final long epochSecond;
    final double turbidity;
    final double chlorine;
    final double ph;
    final double flow;

    Reading(int basin, String sensor, long epochSecond, double turbidity, double chlorine, double ph, double flow) {
        this.basin = basin;
        this.sensor = sensor;
        this.epochSecond = epochSecond;
        this.turbidity = turbidity;
        this.chlorine = chlorine;
        this.ph = ph;
        this.flow = flow;
    }
}
