package swisschess;

import java.util.List;

/** Elo expectations, rating changes and performance ratings. */
final class Ratings {
    private Ratings() {}

    static double expected(int ra, int rb) {
        int diff = Math.max(-400, Math.min(400, rb - ra));
        return 1.0 / (1.0 + Math.pow(10, diff / 400.0));
    }

    static double ratingChange(Player p, List<Player> field) {
        double delta = 0;
        for (int i = 0; i < p.opponents.size(); i++) {
            Player o = field.get(p.opponents.get(i));
            delta += p.kFactor() * (p.results.get(i) - expected(p.rating, o.rating));
        }
        return delta;
    }

    /** Performance rating: the rating at which expected score equals the actual score (bisection). */
    static int performance(Player p, List<Player> field) {
        int n = p.opponents.size();
        if (n == 0) return p.rating;
        double actual = 0;
        for (double r : p.results) actual += r;
        actual = Math.min(n - 0.25, Math.max(0.25, actual)); // keep finite for perfect scores
        double lo = 0, hi = 3600;
        for (int it = 0; it < 40; it++) {
            double mid = (lo + hi) / 2;
            double exp = 0;
            for (int oid : p.opponents) {
                exp += 1.0 / (1.0 + Math.pow(10, (field.get(oid).rating - mid) / 400.0));
            }
            if (exp < actual) lo = mid; else hi = mid;
        }
        return (int) Math.round((lo + hi) / 2);
    }
}
