package darts;

/** Elo ratings updated by leg share, so a 6-0 whitewash moves more than 6-5. */
final class EloRatings {
    private final double[] rating;
    private final double k;

    EloRatings(int players, double initial, double k) {
        rating = new double[players];
        java.util.Arrays.fill(rating, initial);
        this.k = k;
    }

    double get(int p) {
        return rating[p];
    }

    double expected(int a, int b) {
        return 1.0 / (1.0 + Math.pow(10, (rating[b] - rating[a]) / 400.0));
    }

    void update(int home, int away, MatchEngine.Result r) {
        double e = expected(home, away);
        double s = (double) r.legsHome() / (r.legsHome() + r.legsAway());
        double delta = k * (s - e);
        rating[home] += delta;
        rating[away] -= delta;
    }
}
