package darts;

import java.util.SplittableRandom;

/** Simulates 501 double-out matches dart by dart. */
final class MatchEngine {
    static final int START = 501;

    private final CheckoutTable checkouts;
    private final SplittableRandom rng;
    private double spareGaussian;
    private boolean hasSpare;

    MatchEngine(CheckoutTable checkouts, SplittableRandom rng) {
        this.checkouts = checkouts;
        this.rng = rng;
    }

    record Result(int legsHome, int legsAway) {
        boolean homeWon() {
            return legsHome > legsAway;
        }
    }

    /** First to `legsToWin` legs; players alternate throwing first. */
    Result play(Player home, Player away, int legsToWin, LegStats homeStats, LegStats awayStats) {
        int h = 0;
        int a = 0;
        boolean homeStarts = true;
        while (h < legsToWin && a < legsToWin) {
            boolean homeWon = leg(home, away, homeStarts, homeStats, awayStats);
            if (homeWon) {
                h++;
            } else {
                a++;
            }
            homeStarts = !homeStarts;
        }
        return new Result(h, a);
    }

    private boolean leg(Player home, Player away, boolean homeStarts, LegStats hs, LegStats as) {
        int[] remaining = {START, START};
        Player[] players = homeStarts ? new Player[] {home, away} : new Player[] {away, home};
        LegStats[] stats = homeStarts ? new LegStats[] {hs, as} : new LegStats[] {as, hs};
        stats[0].legsPlayed++;
        stats[1].legsPlayed++;
        for (int turn = 0; ; turn++) {
            int p = turn & 1;
            int before = remaining[p];
            int after = visit(players[p], before, stats[p]);
            if (after == 0) {
                stats[p].legsWon++;
                stats[p].highestCheckout = Math.max(stats[p].highestCheckout, before);
                return players[p] == home;
            }
            remaining[p] = after;
            if (turn > 400) {
                // both players stuck on a bust loop: bull-off decides
                return rng.nextBoolean();
            }
        }
    }

    /** Throws up to three darts and returns the new remaining score (unchanged on a bust). */
    private int visit(Player pl, int start, LegStats st) {
        int rem = start;
        int scored = 0;
        for (int dart = 0; dart < 3; dart++) {
            int left = 3 - dart;
            Target target = chooseTarget(pl, rem, left);
            if (target.isDouble() && rem == target.points) {
                st.checkoutAttempts++;
            }
            int code = throwAt(pl, target);
            st.darts++;
            int pts = Dartboard.points(code);
            int next = rem - pts;
            if (next < 0 || next == 1 || (next == 0 && !Dartboard.isDouble(code))) {
                return start; // bust: the visit scores nothing
            }
            rem = next;
            scored += pts;
            st.points += pts;
            if (rem == 0) {
                st.checkoutHits++;
                return 0;
            }
        }
        if (scored >= 100) {
            st.tons++;
        }
        if (scored == 180) {
            st.maximums++;
        }
        return rem;
    }

    private Target chooseTarget(Player pl, int rem, int dartsLeft) {
        Target t = checkouts.route(rem, dartsLeft);
        if (t != null) {
            return t;
        }
        // no finish this visit: score, but avoid leaving a bogey number
        Target scoring = pl.prefersT19 ? Target.T19 : Target.T20;
        if (rem <= 230 && rem - scoring.points < 2) {
            return Target.of(rem > 40 ? 20 : Math.max(1, (rem - 2) / 2), 1);
        }
        return scoring;
    }

    private int throwAt(Player pl, Target t) {
        double sigma = pl.sigma * (t.isDouble() ? pl.doubleNerve : 1.0);
        double x = t.aim[0] + sigma * gaussian();
        double y = t.aim[1] + sigma * gaussian();
        return Dartboard.score(x, y);
    }

    private double gaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = rng.nextDouble() * 2 - 1;
            v = rng.nextDouble() * 2 - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * m;
        hasSpare = true;
        return u * m;
    }
}
