import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

class ShiftReport {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final double[] doseByBasin = new double[12];
    private final int[] alarmsByBasin = new int[12];
    private final double[] maxTurbidity = new double[12];
    private long firstEpoch = -1;
    private long lastEpoch;

    void add(Reading r, DosingController.Action a) {
        if (firstEpoch < 0) {
            firstEpoch = r.epochSecond;
        }
        lastEpoch = r.epochSecond;
        doseByBasin[r.basin] += a.dose;
        if (a.alarm) {
            alarmsByBasin[r.basin]++;
        }
        maxTurbidity[r.basin] = Math.max(maxTurbidity[r.basin], r.turbidity);
    }

    String flush(int shift) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("Shift ").append(shift).append(' ')
          .append(STAMP.format(Instant.ofEpochSecond(firstEpoch))).append(" - ")
          .append(STAMP.format(Instant.ofEpochSecond(lastEpoch))).append('\n');
        for (int b = 0; b < doseByBasin.length; b++) {
            sb.append("  basin ").append(b).append(" dose_kg=")
              .append(Math.round(doseByBasin[b] * 100) / 100.0)
              .append(" alarms=").append(alarmsByBasin[b])
              .append(" max_ntu=").append(maxTurbidity[b]).append('\n');
            doseByBasin[b] = 0;
            alarmsByBasin[b] = 0;
            maxTurbidity[b] = 0;
        }
        firstEpoch = -1;
        return sb.toString();
    }
}
