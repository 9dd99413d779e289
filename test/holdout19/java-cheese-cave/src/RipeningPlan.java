package affinage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The cave master's plan for a wheel: stages of ripening with their care. */
final class RipeningPlan implements Serializable {
    private static final long serialVersionUID = 3L;

    static final class Stage implements Serializable {
        private static final long serialVersionUID = 3L;
        final String name;
        int days;
        double targetTempC;
        double targetRh;
        int turnsPerWeek;
        int brineWashesPerWeek;

        Stage(String name, int days, double targetTempC, double targetRh, int turnsPerWeek, int brineWashesPerWeek) {
            this.name = name;
            this.days = days;
            this.targetTempC = targetTempC;
            this.targetRh = targetRh;
            this.turnsPerWeek = turnsPerWeek;
            this.brineWashesPerWeek = brineWashesPerWeek;
        }
    }

    final String style;
    final List<Stage> stages = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    RipeningPlan(String style) {
        this.style = style;
    }

    static RipeningPlan forDairy(String dairy) {
        RipeningPlan p = new RipeningPlan(dairy.equals("VAC") ? "washed-rind" : "alpine");
        if (p.style.equals("washed-rind")) {
            p.stages.add(new Stage("smear", 21, 14.0, 0.95, 7, 4));
            p.stages.add(new Stage("rind set", 35, 13.0, 0.94, 4, 2));
            p.stages.add(new Stage("finish", 40, 12.0, 0.93, 3, 1));
        } else {
            p.stages.add(new Stage("brine cure", 14, 13.5, 0.93, 7, 5));
            p.stages.add(new Stage("young", 60, 13.0, 0.92, 5, 2));
            p.stages.add(new Stage("middle", 120, 14.0, 0.91, 3, 1));
            p.stages.add(new Stage("reserve", 180, 12.5, 0.90, 2, 0));
        }
        p.notes.add("plan issued for " + dairy);
        return p;
    }

    int totalDays() {
        int d = 0;
        for (Stage s : stages) d += s.days;
        return d;
    }

    Stage stageAt(int ageDays) {
        int d = 0;
        for (Stage s : stages) {
            d += s.days;
            if (ageDays < d) return s;
        }
        return stages.get(stages.size() - 1);
    }
}
