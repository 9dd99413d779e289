package seedbank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Turns fitted viability curves into a regeneration programme, respecting
 * how many accessions of each species the field station can grow per year.
 */
final class RegenerationPlanner {
    private static final int MIN_SEEDS = 1500;
    private static final int HORIZON_YEARS = 12;

    private final int currentYear;
    private final int slotsPerSpeciesYear;

    RegenerationPlanner(int currentYear, int slotsPerSpeciesYear) {
        this.currentYear = currentYear;
        this.slotsPerSpeciesYear = slotsPerSpeciesYear;
    }

    List<PlanEntry> plan(List<Accession> lots, Map<String, List<TrialRecord>> trials,
                         ViabilityModel.Fit[] fits) {
        List<PlanEntry> out = new ArrayList<>(lots.size());
        for (int i = 0; i < lots.size(); i++) {
            Accession a = lots.get(i);
            ViabilityModel.Fit f = fits[i];
            PlanEntry e = new PlanEntry(i);
            List<TrialRecord> ts = trials.getOrDefault(a.id, List.of());
            e.tests = ts.size();
            TrialRecord last = null;
            for (TrialRecord t : ts) {
                if (last == null || t.tested.isAfter(last.tested)) {
                    last = t;
                }
            }
            e.lastGermination = last == null ? 0 : (double) last.normal / last.sown;
            if (f == null) {
                e.status = PlanEntry.Status.REGENERATE_NOW;
                e.dueYear = currentYear;
                e.windowFrom = e.windowTo = currentYear;
                out.add(e);
                continue;
            }
            e.converged = f.converged;
            double ageDays = (currentYear - a.collectedYear) * 365.0;
            e.viabilityToday = Stats.normalCdf(f.ki - f.slopePerDay * ageDays);
            e.dueYear = a.collectedYear + f.daysToStandard / 365.0;
            e.windowFrom = (int) Math.max(currentYear, a.collectedYear + f.ciLow / 365.0);
            e.windowTo = (int) Math.max(currentYear, a.collectedYear + f.ciHigh / 365.0);
            long seeds = Math.round(a.stockGrams / a.species.thousandSeedWeight * 1000);
            if (e.viabilityToday < ViabilityModel.REGENERATION_STANDARD) {
                e.status = PlanEntry.Status.REGENERATE_NOW;
            } else if (seeds < MIN_SEEDS) {
                e.status = PlanEntry.Status.LOW_STOCK;
            } else if (e.dueYear < currentYear + HORIZON_YEARS) {
                e.status = PlanEntry.Status.SCHEDULED;
            } else {
                e.status = PlanEntry.Status.MONITOR;
            }
            out.add(e);
        }
        allocateSlots(lots, out);
        return out;
    }

    /** Greedy earliest-due-first allocation of field slots per species. */
    private void allocateSlots(List<Accession> lots, List<PlanEntry> entries) {
        Map<Species, PriorityQueue<PlanEntry>> queues = new HashMap<>();
        for (PlanEntry e : entries) {
            if (e.status == PlanEntry.Status.MONITOR) {
                e.plannedYear = 0;
                continue;
            }
            queues.computeIfAbsent(lots.get(e.index).species,
                    s -> new PriorityQueue<>(Comparator.<PlanEntry>comparingDouble(p -> urgency(p)).thenComparingInt(p -> p.index)))
                    .add(e);
        }
        for (PriorityQueue<PlanEntry> q : queues.values()) {
            int year = currentYear;
            int used = 0;
            while (!q.isEmpty()) {
                PlanEntry e = q.poll();
                int earliest = Math.max(year, (int) Math.floor(e.dueYear) - 1);
                if (earliest > year) {
                    year = earliest;
                    used = 0;
                }
                e.plannedYear = year;
                if (++used == slotsPerSpeciesYear) {
                    year++;
                    used = 0;
                }
            }
        }
    }

    private static double urgency(PlanEntry e) {
        double base = e.dueYear;
        if (e.status == PlanEntry.Status.REGENERATE_NOW) {
            base -= 100;
        } else if (e.status == PlanEntry.Status.LOW_STOCK) {
            base -= 50;
        }
        return base;
    }

    static Map<PlanEntry.Status, Integer> countByStatus(List<PlanEntry> entries) {
        Map<PlanEntry.Status, Integer> m = new EnumMap<>(PlanEntry.Status.class);
        for (PlanEntry e : entries) {
            m.merge(e.status, 1, Integer::sum);
        }
        return m;
    }
}
