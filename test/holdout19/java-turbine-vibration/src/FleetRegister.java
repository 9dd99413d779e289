package vibration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the fleet register: one turbine per line, fields separated by '|'. */
final class FleetRegister {
    private static final Pattern LINE = Pattern.compile(
            "^\\s*([^|]+?)\\s*\\|\\s*([A-Z]{2}-\\d{2})\\s*\\|\\s*([^|]+?)\\s*\\|\\s*([0-9.]+)\\s*\\|\\s*([0-9.]+)\\s*\\|\\s*([a-z-]+)\\s*\\|\\s*([0-9.]+)\\s*$");

    private FleetRegister() {}

    static List<Turbine> parse(String text) {
        List<Turbine> fleet = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("fleet register line " + lineNo + ": " + line);
            }
            Drivetrain drivetrain = Drivetrain.fromRegister(m.group(6));
            fleet.add(new Turbine(m.group(1), m.group(2), m.group(3), Double.parseDouble(m.group(4)),
                    Double.parseDouble(m.group(5)), drivetrain, Double.parseDouble(m.group(7))));
        }
        return fleet;
    }
}
