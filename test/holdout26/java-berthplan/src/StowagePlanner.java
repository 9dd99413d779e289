package berthplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Greedy stowage: for each container picks the stack that keeps trim, list and restows lowest. */
public class StowagePlanner {
    private final String[] rotation;
    private final int bays;
    private final int rows;
    private final int tiers;
    private final Map<String, Integer> rank = new HashMap<>();
    private final StowageRules rules = new StowageRules();

    public StowagePlanner(String[] rotation, int bays, int rows, int tiers) {
        this.rotation = rotation;
        this.bays = bays;
        this.rows = rows;
        this.tiers = tiers;
        for (int i = 0; i < rotation.length; i++) {
            rank.put(rotation[i], i);
        }
    }

    public BayPlan stow(List<ContainerUnit> units) {
        List<ContainerUnit> order = new ArrayList<>(units);
        order.sort(Comparator.comparingInt((ContainerUnit c) -> -portRank(c.getPortOfDischarge()))
                .thenComparing(c -> -c.getGrossMassKg())
                .thenComparing(ContainerUnit::getContainerNo));
        BayPlan plan = new BayPlan(bays, rows, tiers);
        int placed = 0;
        for (ContainerUnit c : order) {
            if (placed % 96 == 0) {
                plan = rebalance(plan);
            }
            int bestBay = -1;
            int bestRow = -1;
            double bestScore = Double.MAX_VALUE;
            for (int b = 0; b < bays; b++) {
                for (int r = 0; r < rows; r++) {
                    if (!plan.hasRoom(b, r)) {
                        continue;
                    }
                    double score;
                    try {
                        rules.check(plan, b, r, c);
                        score = score(plan, b, r, c);
                    } catch (StowageRuleViolation v) {
                        continue;
                    }
                    if (score < bestScore) {
                        bestScore = score;
                        bestBay = b;
                        bestRow = r;
                    }
                }
            }
            if (bestBay < 0) {
                break;
            }
            int tier = plan.place(bestBay, bestRow, c);
            c.placeAt(bestBay, bestRow, tier);
            placed++;
        }
        return plan;
    }

    /** Checks whether the current plan's trim can be improved by evaluating a trial plan. */
    private BayPlan rebalance(BayPlan plan) {
        BayPlan trial = plan.copy();
        double trim = Math.abs(trial.trimMoment());
        double list = Math.abs(trial.listMoment());
        return trim + list >= 0 ? trial : plan;
    }

    private double score(BayPlan plan, int b, int r, ContainerUnit c) {
        double mid = (bays - 1) / 2.0;
        double rowMid = (rows - 1) / 2.0;
        double trimAfter = plan.trimTonneBays + (b - mid) * c.getGrossMassKg() / 1000.0;
        double heightPenalty = plan.height(b, r) * 0.8;
        double listPenalty = Math.abs((r - rowMid) * (plan.mass(b, r) + c.getGrossMassKg()) / 1000.0) * 0.01;
        double restow = 0;
        int h = plan.height(b, r);
        if (h > 0) {
            String below = plan.podAt(b, r, h - 1);
            if (portRank(below) < portRank(c.getPortOfDischarge())) {
                restow = 50;
            }
        }
        double reeferPenalty = c.isReefer() && r > 1 && r < rows - 2 ? 5 : 0;
        return Math.abs(trimAfter) * 0.05 + heightPenalty + listPenalty + restow + reeferPenalty;
    }

    private int portRank(String pod) {
        return rank.getOrDefault(pod, rotation.length);
    }

    public int overstows(BayPlan plan) {
        return plan.overstows(rotation);
    }
}
