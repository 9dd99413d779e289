package moulding;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Produces the controller shot-log exports for a simulated production week. */
final class ShotLogWriter {
    static final String HEADER = "shot_no;timestamp;press_id;mould_id;cavities;cycle_time_s;injection_time_s;"
            + "plasticising_time_s;cushion_mm;peak_injection_pressure_bar;hold_pressure_bar;melt_temp_c;"
            + "mould_temp_c;nozzle_temp_c;screw_rpm;part_weight_g;clamp_force_kn;switchover_position_mm;"
            + "switchover_pressure_bar;back_pressure_bar;hot_runner_temp_c;cooling_time_s;dosing_stroke_mm;alarm_code";

    private static final DateTimeFormatter TS = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final Random random;
    private final List<MaterialLot> lots = new ArrayList<>();

    ShotLogWriter(long seed) {
        this.random = new Random(seed);
    }

    List<MaterialLot> lots() { return lots; }

    List<Path> write(Path dir, List<Press> presses, int shotsPerPress) throws IOException {
        List<Path> files = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2024, 5, 6, 6, 0);
        long weekStart = start.toEpochSecond(java.time.ZoneOffset.UTC);
        // The register keeps every lot received since the start of the year.
        int lotNo = 100;
        for (int back = 160; back >= 1; back--) {
            for (Press press : presses) {
                lots.add(new MaterialLot(String.format("L%05d-%s", lotNo++, press.resin()), press.id(), press.resin(),
                        weekStart - back * 20L * 3600 - random.nextInt(3600)));
            }
        }
        for (Press press : presses) {
            Path file = dir.resolve(press.id() + "-shots.csv");
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write(HEADER);
                w.newLine();
                LocalDateTime t = start.plusSeconds(random.nextInt(600));
                double drift = 0;
                int shotsInLot = 0;
                int lotSize = 35 + random.nextInt(35);
                double lotViscosity = 1.0;
                for (int n = 1; n <= shotsPerPress; n++) {
                    if (n == 1 || shotsInLot >= lotSize) {
                        String lot = String.format("L%05d-%s", lotNo++, press.resin());
                        lots.add(new MaterialLot(lot, press.id(), press.resin(), t.toEpochSecond(java.time.ZoneOffset.UTC) - 5));
                        shotsInLot = 0;
                        lotSize = 35 + random.nextInt(35);
                        lotViscosity = 1 + random.nextGaussian() * 0.03;
                    }
                    shotsInLot++;
                    drift = drift * 0.98 + random.nextGaussian() * 0.05;
                    double cycle = press.cycleTimeS() * (1 + random.nextGaussian() * 0.01) + Math.max(0, drift) * 0.3;
                    double melt = press.meltTempC() + random.nextGaussian() * 1.8 + drift * 2;
                    double viscosity = lotViscosity * (1 - (melt - press.meltTempC()) * 0.004);
                    double peak = press.peakPressureBar() * viscosity * (1 + random.nextGaussian() * 0.012);
                    double cushion = press.cushionMm() + random.nextGaussian() * 0.25 - drift * 0.2;
                    double weight = press.partWeightG() * (1 + (cushion - press.cushionMm()) * -0.004
                            + random.nextGaussian() * 0.0025 - (viscosity - 1) * 0.03);
                    int alarm = random.nextInt(400) == 0 ? 100 + random.nextInt(40) : 0;
                    StringBuilder sb = new StringBuilder(200);
                    sb.append(n).append(';').append(TS.format(t)).append(';').append(press.id()).append(';')
                            .append(press.mouldId()).append(';').append(press.cavities()).append(';');
                    appendFixed(sb, cycle, 2).append(';');
                    appendFixed(sb, press.injectionTimeS() * viscosity * (1 + random.nextGaussian() * 0.02), 3).append(';');
                    appendFixed(sb, press.cycleTimeS() * 0.35 * (1 + random.nextGaussian() * 0.03), 2).append(';');
                    appendFixed(sb, cushion, 2).append(';');
                    appendFixed(sb, peak, 1).append(';');
                    appendFixed(sb, press.holdPressureBar() * (1 + random.nextGaussian() * 0.01), 1).append(';');
                    appendFixed(sb, melt, 1).append(';');
                    appendFixed(sb, press.mouldTempC() + random.nextGaussian() * 1.2, 1).append(';');
                    appendFixed(sb, melt + 5 + random.nextGaussian(), 1).append(';');
                    appendFixed(sb, 95 + random.nextGaussian() * 3, 0).append(';');
                    appendFixed(sb, weight, 3).append(';');
                    appendFixed(sb, press.clampForceKn() * (1 + random.nextGaussian() * 0.004), 0).append(';');
                    appendFixed(sb, press.cushionMm() * 2.2 + random.nextGaussian() * 0.15, 2).append(';');
                    appendFixed(sb, peak * 0.82 * (1 + random.nextGaussian() * 0.01), 1).append(';');
                    appendFixed(sb, 8 + random.nextGaussian() * 0.4, 1).append(';');
                    appendFixed(sb, melt + 10 + random.nextGaussian() * 0.8, 1).append(';');
                    appendFixed(sb, press.cycleTimeS() * 0.45 * (1 + random.nextGaussian() * 0.005), 2).append(';');
                    appendFixed(sb, press.partWeightG() * 0.9 + 12 + random.nextGaussian() * 0.2, 2).append(';');
                    sb.append(alarm);
                    w.write(sb.toString());
                    w.newLine();
                    t = t.plusNanos((long) (cycle * 1e9));
                    if (alarm != 0) {
                        t = t.plusSeconds(120 + random.nextInt(600));
                    }
                }
            }
            files.add(file);
        }
        return files;
    }

    private static StringBuilder appendFixed(StringBuilder sb, double v, int decimals) {
        long scale = decimals == 0 ? 1 : decimals == 1 ? 10 : decimals == 2 ? 100 : 1000;
        long scaled = Math.round(Math.abs(v) * scale);
        if (v < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append(scaled / scale);
        if (decimals > 0) {
            sb.append('.');
            String frac = Long.toString(scaled % scale);
            for (int i = frac.length(); i < decimals; i++) {
                sb.append('0');
            }
            sb.append(frac);
        }
        return sb;
    }
}
