import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Builds a week of showtimes for one site. Each screen-day is filled by a
 * dynamic programme over start slots; screens are revisited in rounds so that
 * films spread across the building, and films behind their contractual show
 * count get a growing bonus.
 */
final class ProgrammeOptimizer {
    static final int TRAILERS_MIN = 20;
    static final int CLEANING_MIN = 15;
    static final int SPREAD_SLOTS = 9; // +-45 minutes counts as "same time"
    static final double CONCESSION_PER_HEAD = 4.20;
    static final double FIXED_COST_PER_SHOW = 38.0;

    record Show(int screen, int day, int slot, int film, double admissions, double revenue) {
    }

    record Result(Site site, List<Show> shows, double admissions, double revenue, int unmetObligations) {
    }

    private final Site site;
    private final List<Film> films;
    private final DemandModel model;
    private final int[] occupancy;          // slots a film blocks a screen for
    private final int[][][] starts;         // [day][film][slot] shows starting on any screen
    private final int[][][] planFilm;       // [screen][day][slot] film starting there or -1
    private final double[] bonus;           // obligation multipliers per film
    private final double[] best;
    private final int[] choice;

    ProgrammeOptimizer(Site site, List<Film> films, DemandModel model) {
        this.site = site;
        this.films = films;
        this.model = model;
        int nScreens = site.screens().size();
        occupancy = new int[films.size()];
        for (Film f : films) {
            occupancy[f.id()] = (f.runtimeMin() + TRAILERS_MIN + CLEANING_MIN + DemandModel.SLOT_MIN - 1)
                    / DemandModel.SLOT_MIN;
        }
        starts = new int[DemandModel.DAYS][films.size()][DemandModel.SLOTS];
        planFilm = new int[nScreens][DemandModel.DAYS][DemandModel.SLOTS];
        for (int[][] a : planFilm) for (int[] b : a) Arrays.fill(b, -1);
        bonus = new double[films.size()];
        best = new double[DemandModel.SLOTS + 1];
        choice = new int[DemandModel.SLOTS + 1];
    }

    private double expectedAdmissions(Film f, Screen sc, int day, int slot) {
        int[] st = starts[day][f.id()];
        int nearby = 0;
        for (int s = Math.max(0, slot - SPREAD_SLOTS); s <= Math.min(DemandModel.SLOTS - 1, slot + SPREAD_SLOTS); s++) {
            nearby += st[s];
        }
        double demand = model.attendance[f.id()][day][slot] / (1 + 0.45 * nearby);
        if (sc.premium() && f.premiumFormat()) demand *= 1.25;
        return sc.seats() * (1 - Math.exp(-demand / sc.seats()));
    }

    private double showValue(Film f, Screen sc, int day, int slot) {
        if (f.premiumFormat() && !sc.premium() && f.weeksOnRelease() == 0) return Double.NEGATIVE_INFINITY;
        int minute = DemandModel.FIRST_MIN + slot * DemandModel.SLOT_MIN;
        if (f.rating().equals("18") && minute < 18 * 60) return Double.NEGATIVE_INFINITY;
        double heads = expectedAdmissions(f, sc, day, slot);
        double ticket = model.price[day][slot] * (sc.premium() ? 1.4 : 1.0);
        double rental = ticket * (f.weeksOnRelease() <= 1 ? 0.6 : 0.45);
        return heads * (ticket - rental + CONCESSION_PER_HEAD) - FIXED_COST_PER_SHOW + bonus[f.id()] * 100;
    }

    private void clear(int screen, int day) {
        int[] plan = planFilm[screen][day];
        for (int s = 0; s < plan.length; s++) {
            if (plan[s] >= 0) {
                starts[day][plan[s]][s]--;
                plan[s] = -1;
            }
        }
    }

    private void fill(int screen, int day) {
        Screen sc = site.screens().get(screen);
        int n = DemandModel.SLOTS;
        best[n] = 0;
        for (int s = n - 1; s >= 0; s--) {
            best[s] = best[s + 1];
            choice[s] = -1;
            for (Film f : films) {
                double v = showValue(f, sc, day, s);
                if (v <= 0) continue;
                int next = s + occupancy[f.id()];
                double total = v + (next < n ? best[next] : 0);
                if (total > best[s]) {
                    best[s] = total;
                    choice[s] = f.id();
                }
            }
        }
        int[] plan = planFilm[screen][day];
        for (int s = 0; s < n; ) {
            if (choice[s] < 0) {
                s++;
                continue;
            }
            plan[s] = choice[s];
            starts[day][choice[s]][s]++;
            s += occupancy[choice[s]];
        }
    }

    private int[] showsPerFilm() {
        int[] count = new int[films.size()];
        for (int[][] screen : planFilm) {
            for (int[] day : screen) {
                for (int f : day) if (f >= 0) count[f]++;
            }
        }
        return count;
    }

    Result optimise(int rounds, long seed) {
        Random rnd = new Random(seed);
        int nScreens = site.screens().size();
        Integer[] order = new Integer[nScreens];
        for (int i = 0; i < nScreens; i++) order[i] = i;
        for (int r = 0; r < rounds; r++) {
            java.util.Collections.shuffle(Arrays.asList(order), rnd);
            for (int screen : order) {
                for (int day = 0; day < DemandModel.DAYS; day++) {
                    clear(screen, day);
                    fill(screen, day);
                }
            }
            int[] count = showsPerFilm();
            for (Film f : films) {
                int gap = f.minShowsPerWeek() - count[f.id()];
                bonus[f.id()] = Math.max(0, bonus[f.id()] * 0.9 + (gap > 0 ? 0.15 * gap : -0.05));
            }
        }
        List<Show> shows = new ArrayList<>();
        double admissions = 0, revenue = 0;
        for (int screen = 0; screen < nScreens; screen++) {
            Screen sc = site.screens().get(screen);
            for (int day = 0; day < DemandModel.DAYS; day++) {
                int[] plan = planFilm[screen][day];
                for (int s = 0; s < plan.length; s++) {
                    if (plan[s] < 0) continue;
                    Film f = films.get(plan[s]);
                    double heads = expectedAdmissions(f, sc, day, s);
                    double rev = heads * (model.price[day][s] * (sc.premium() ? 1.4 : 1.0) + CONCESSION_PER_HEAD);
                    shows.add(new Show(screen + 1, day, s, f.id(), heads, rev));
                    admissions += heads;
                    revenue += rev;
                }
            }
        }
        int unmet = 0;
        int[] count = showsPerFilm();
        for (Film f : films) if (count[f.id()] < f.minShowsPerWeek()) unmet++;
        return new Result(site, shows, admissions, revenue, unmet);
    }
}
