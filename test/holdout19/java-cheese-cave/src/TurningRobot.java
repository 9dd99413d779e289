package affinage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shelf robot: every morning it turns (and brushes with brine, when the
 * plan asks for it) the wheels due for care, and reports each handling as a
 * line of its log, which the cave system reconciles against the inventory.
 */
final class TurningRobot {
    private final Cave cave;
    private final Map<WheelLabel, Wheel> byLabel = new HashMap<>();
    private int registered;
    private int rejected;

    TurningRobot(Cave cave) {
        this.cave = cave;
    }

    List<String> workDay(int day, List<Wheel> wheels) {
        List<String> log = new ArrayList<>();
        StringBuilder sb = new StringBuilder(96);
        for (Wheel w : wheels) {
            RipeningPlan.Stage s = w.plan().stageAt(w.ageDays());
            int phase = Math.floorMod(w.label().hashCode(), 7);
            boolean turn = ((day + phase) * s.turnsPerWeek) % 7 < s.turnsPerWeek;
            if (!turn) continue;
            boolean wash = ((day + phase) * s.brineWashesPerWeek) % 7 < s.brineWashesPerWeek;
            sb.setLength(0);
            sb.append("TURN d=").append(day).append(" bay=").append(w.bay())
              .append(" label=").append(w.label()).append(" wash=").append(wash ? 'Y' : 'N');
            log.add(sb.toString());
        }
        return log;
    }

    /** Reconciles the robot log with the inventory and books the care done. */
    void confirm(List<String> robotLog, List<Wheel> wheels) {
        for (; registered < wheels.size(); registered++) {
            Wheel w = wheels.get(registered);
            WheelLabel label = WheelLabel.parse(w.label());
            if (label != null) byLabel.put(label, w);
        }
        for (String line : robotLog) {
            int at = line.indexOf(" label=");
            int end = line.indexOf(' ', at + 7);
            String token = line.substring(at + 7, end);
            WheelLabel label = WheelLabel.parse(token);
            if (label == null) {
                rejected++;
                continue;
            }
            Wheel w = byLabel.get(label);
            if (w == null) {
                rejected++;
                continue;
            }
            w.turned(line.endsWith("wash=Y"));
        }
    }

    int rejected() {
        return rejected;
    }
}
