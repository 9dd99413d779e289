package telematics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Per-vehicle and per-model health statistics for the service planners. */
public final class FleetHealth {

    private static final class VehicleHealth {
        final String vin;
        final String model;
        long frames;
        double maxCoolant = Double.NEGATIVE_INFINITY;
        double minBattery = Double.POSITIVE_INFINITY;
        double lastOdometer;
        double fuelTrimSum;
        long fuelTrimCount;
        int advisory;
        int serious;
        final List<String> campaigns = new ArrayList<>(2);

        VehicleHealth(String vin, String model) {
            this.vin = vin;
            this.model = model;
        }

        boolean needsWorkshop() {
            double trim = fuelTrimCount == 0 ? 0 : fuelTrimSum / fuelTrimCount;
            return serious >= 20 || !campaigns.isEmpty() || maxCoolant > 112 || minBattery < 11.8 || Math.abs(trim) > 6;
        }
    }

    private final Map<String, VehicleHealth> vehicles = new HashMap<>();
    private final Map<String, Map<String, Integer>> systemFaultsByModel = new TreeMap<>();

    void record(TelemetryFrame f) {
        VehicleHealth h = vehicles.computeIfAbsent(f.vin, v -> new VehicleHealth(v, f.model));
        h.frames++;
        double ect = f.signal("ect", Double.NaN);
        if (ect > h.maxCoolant) {
            h.maxCoolant = ect;
        }
        double vbat = f.signal("vbat", Double.NaN);
        if (vbat < h.minBattery) {
            h.minBattery = vbat;
        }
        double odo = f.signal("odo", -1);
        if (odo > h.lastOdometer) {
            h.lastOdometer = odo;
        }
        double stft = f.signal("stft", Double.NaN);
        if (!Double.isNaN(stft)) {
            h.fuelTrimSum += stft;
            h.fuelTrimCount++;
        }
    }

    void recordEvent(DiagnosticEvent ev) {
        VehicleHealth h = vehicles.get(ev.getVin());
        if (ev.getSeverity() >= 3) {
            h.serious++;
        } else {
            h.advisory++;
        }
        if (!ev.getCampaign().isEmpty() && !h.campaigns.contains(ev.getCampaign())) {
            h.campaigns.add(ev.getCampaign());
        }
        systemFaultsByModel.computeIfAbsent(ev.getModel(), m -> new TreeMap<>()).merge(ev.getSystem(), 1, Integer::sum);
    }

    int vehicleCount() {
        return vehicles.size();
    }

    long workshopCandidates() {
        return vehicles.values().stream().filter(VehicleHealth::needsWorkshop).count();
    }

    void writeReport(Path file, DtcCatalogue catalogue) throws IOException {
        List<VehicleHealth> list = new ArrayList<>(vehicles.values());
        list.sort((a, b) -> {
            int c = Integer.compare(b.serious, a.serious);
            return c != 0 ? c : a.vin.compareTo(b.vin);
        });
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("FLEET HEALTH REPORT\n\nFault events by model and system\n");
            for (Map.Entry<String, Map<String, Integer>> e : systemFaultsByModel.entrySet()) {
                w.write(String.format("  %-12s %s%n", e.getKey(), e.getValue()));
            }
            w.write("\nVehicles for workshop booking\n");
            w.write(String.format("  %-17s %-12s %9s %7s %7s %5s %5s  %s%n", "VIN", "model", "odo km", "max ECT", "min V", "ser", "adv", "campaigns"));
            for (VehicleHealth h : list) {
                if (!h.needsWorkshop()) {
                    continue;
                }
                w.write(String.format("  %-17s %-12s %9.0f %7.1f %7.2f %5d %5d  %s%n", h.vin, h.model, h.lastOdometer,
                        h.maxCoolant, h.minBattery, h.serious, h.advisory, String.join(" ", h.campaigns)));
            }
        }
    }
}
