package affinage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cave master's weekly review: every wheel whose rind is drifting is
 * tried in each bay under a plan adapted to that bay's climate, and moved if
 * a bay clearly suits it better.
 */
final class BayPlanner {
    private static final int HORIZON_DAYS = 21;
    private static final int CANDIDATE_BAYS = 3;
    private final Cave cave;

    BayPlanner(Cave cave) {
        this.cave = cave;
    }

    int weeklyReview(List<Wheel> wheels, int day) {
        int moves = 0;
        for (Wheel w : wheels) {
            if (w.rindScore() >= 6.6 || w.ageDays() < 14) continue;
            int bestBay = w.bay();
            RipeningPlan bestPlan = null;
            double bestScore = forecast(w, cave.bay(w.bay()), w.plan());
            for (Cave.Bay candidate : nearestBays(w, CANDIDATE_BAYS)) {
                RipeningPlan trial = PlanCopies.deepCopy(w.plan());
                adaptToBay(trial, candidate, w.ageDays());
                double score = forecast(w, candidate, trial);
                if (score > bestScore + 0.15) {
                    bestScore = score;
                    bestBay = candidate.number;
                    bestPlan = trial;
                }
            }
            if (bestPlan != null) {
                bestPlan.notes.add("moved to bay " + bestBay + " on day " + day);
                cave.move(w.bay(), bestBay);
                w.moveTo(bestBay, bestPlan);
                moves++;
            }
        }
        return moves;
    }

    /** Other bays whose setpoints are closest to the wheel's current stage target. */
    private List<Cave.Bay> nearestBays(Wheel w, int n) {
        RipeningPlan.Stage s = w.plan().stageAt(w.ageDays());
        List<Cave.Bay> others = new ArrayList<>(cave.bays());
        others.removeIf(b -> b.number == w.bay());
        others.sort(Comparator.comparingDouble(b -> Math.abs(b.setTempC - s.targetTempC) / 2 + Math.abs(b.setRh - s.targetRh) * 20));
        return others.subList(0, Math.min(n, others.size()));
    }

    /** Shift the remaining stages' targets halfway towards the bay's climate. */
    private static void adaptToBay(RipeningPlan plan, Cave.Bay bay, int age) {
        int start = 0;
        for (RipeningPlan.Stage s : plan.stages) {
            if (start + s.days > age) {
                s.targetTempC = (s.targetTempC + bay.setTempC) / 2;
                s.targetRh = (s.targetRh + bay.setRh) / 2;
                if (bay.rh > 0.94 && s.turnsPerWeek < 7) s.turnsPerWeek++;
            }
            start += s.days;
        }
    }

    /** Predicted rind score after the horizon if the wheel sits in this bay under this plan. */
    private static double forecast(Wheel w, Cave.Bay bay, RipeningPlan plan) {
        double rind = w.rindScore();
        double moisture = w.getMoisture();
        for (int d = 0; d < HORIZON_DAYS; d++) {
            RipeningPlan.Stage s = plan.stageAt(w.ageDays() + d);
            double err = Math.abs(bay.tempC - s.targetTempC) / 2 + Math.abs(bay.rh - s.targetRh) * 20;
            double svp = 0.6108 * Math.exp(17.27 * bay.tempC / (bay.tempC + 237.3));
            moisture -= 0.0003 * svp * (1 - bay.rh);
            double care = Math.min(1.0, s.turnsPerWeek / 3.0);
            rind += 0.08 * (RindModel.target(care, err, w.susceptibility()) - rind) - (moisture < 0.31 ? 0.02 : 0);
        }
        return rind;
    }
}
