package telematics;

import java.util.List;
import java.util.Map;

/** One decoded telematics frame from a vehicle's gateway module. */
public final class TelemetryFrame {
    static final TelemetryFrame END = new TelemetryFrame("", "", 0L, "", Map.of(), List.of());

    final String vin;
    final String model;
    final long timestamp;
    final String ecu;
    final Map<String, Double> signals;
    final List<String> faultCodes;

    TelemetryFrame(String vin, String model, long timestamp, String ecu, Map<String, Double> signals, List<String> faultCodes) {
        this.vin = vin;
        this.model = model;
        this.timestamp = timestamp;
        this.ecu = ecu;
        this.signals = signals;
        this.faultCodes = faultCodes;
    }

    double signal(String name, double fallback) {
        Double v = signals.get(name);
        return v == null ? fallback : v;
    }
}
