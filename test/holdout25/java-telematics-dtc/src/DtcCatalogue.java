package telematics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** SAE J2012 style fault code definitions with the manufacturer extensions. */
public final class DtcCatalogue {

    /** One fault code definition. */
    public static final class Definition {
        final String code;
        final String description;
        final String system;
        final int severity; // 1 advisory .. 4 stop vehicle

        Definition(String code, String description, String system, int severity) {
            this.code = code;
            this.description = description;
            this.system = system;
            this.severity = severity;
        }
    }

    private static final String[][] GROUPS = {
        {"P00", "Fuel and air metering", "powertrain"},
        {"P01", "Fuel and air metering", "powertrain"},
        {"P02", "Injector circuit", "powertrain"},
        {"P03", "Ignition system or misfire", "powertrain"},
        {"P04", "Auxiliary emission controls", "emissions"},
        {"P05", "Vehicle speed and idle control", "powertrain"},
        {"P07", "Transmission", "driveline"},
        {"P0A", "Hybrid propulsion", "hybrid"},
        {"P20", "Fuel and air metering (manufacturer)", "powertrain"},
        {"P24", "Exhaust aftertreatment", "emissions"},
        {"B00", "Restraints", "body"},
        {"B10", "Body control", "body"},
        {"C00", "Brake system", "chassis"},
        {"C01", "Stability control", "chassis"},
        {"U01", "Lost communication", "network"},
        {"U04", "Invalid data received", "network"},
    };
    private static final String[] PARTS = {"sensor", "circuit", "actuator", "valve", "module", "switch", "heater", "solenoid"};
    private static final String[] FAULTS = {"range/performance", "low input", "high input", "intermittent", "stuck open", "stuck closed", "malfunction", "open circuit"};

    private final List<Definition> definitions;

    private DtcCatalogue(List<Definition> definitions) {
        this.definitions = definitions;
    }

    static DtcCatalogue standard(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Definition> defs = new ArrayList<>();
        for (String[] g : GROUPS) {
            for (int n = 0; n < 72; n++) {
                String code = g[0] + String.format("%02X", n);
                String text = g[1] + " " + PARTS[r.nextInt(PARTS.length)] + " " + FAULTS[r.nextInt(FAULTS.length)];
                int severity = g[2].equals("chassis") || g[0].equals("B00") ? 3 + r.nextInt(2) : 1 + r.nextInt(3);
                defs.add(new Definition(code, text, g[2], severity));
            }
        }
        return new DtcCatalogue(defs);
    }

    List<Definition> all() {
        return definitions;
    }

    /** Looks up the definition of a code read from a vehicle. */
    Optional<Definition> describe(String code) {
        for (Definition d : definitions) {
            if (d.code.equals(code)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
