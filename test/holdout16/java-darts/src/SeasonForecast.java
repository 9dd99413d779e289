package darts;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Monte Carlo forecast of the rest of the season: replays every remaining
 * fixture many times from the current table and counts finishing positions.
 */
final class SeasonForecast {
    private final List<Player> players;
    private final CheckoutTable checkouts;
    private final int legsToWin;

    SeasonForecast(List<Player> players, CheckoutTable checkouts, int legsToWin) {
        this.players = players;
        this.checkouts = checkouts;
        this.legsToWin = legsToWin;
    }

    /** positions[p][k] = number of simulations in which player p finished in place k. */
    static final class Outcome {
        final long[][] positions;
        final LegStats[] stats;
        int simulations;

        Outcome(int n) {
            positions = new long[n][n];
            stats = new LegStats[n];
            for (int i = 0; i < n; i++) {
                stats[i] = new LegStats();
            }
        }

        void merge(Outcome o) {
            for (int i = 0; i < positions.length; i++) {
                for (int k = 0; k < positions.length; k++) {
                    positions[i][k] += o.positions[i][k];
                }
                stats[i].add(o.stats[i]);
            }
            simulations += o.simulations;
        }

        double probability(int player, int fromPlace, int toPlace) {
            long c = 0;
            for (int k = fromPlace; k <= toPlace; k++) {
                c += positions[player][k];
            }
            return (double) c / simulations;
        }
    }

    Outcome run(Standings table, List<Fixtures.Match> remaining, int simulations, int threads, long seed)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        SplittableRandom root = new SplittableRandom(seed);
        try {
            List<Future<Outcome>> parts = new ArrayList<>();
            int per = (simulations + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                int count = Math.min(per, simulations - t * per);
                SplittableRandom rng = root.split();
                parts.add(pool.submit(() -> simulate(table, remaining, count, rng)));
            }
            Outcome total = new Outcome(players.size());
            for (Future<Outcome> f : parts) {
                total.merge(f.get());
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }

    private Outcome simulate(Standings table, List<Fixtures.Match> remaining, int count, SplittableRandom rng) {
        MatchEngine engine = new MatchEngine(checkouts, rng);
        Outcome out = new Outcome(players.size());
        for (int s = 0; s < count; s++) {
            Standings st = table.copy();
            for (Fixtures.Match m : remaining) {
                MatchEngine.Result r = engine.play(players.get(m.home()), players.get(m.away()), legsToWin,
                        out.stats[m.home()], out.stats[m.away()]);
                st.record(m.home(), m.away(), r);
            }
            int[] order = st.order();
            for (int place = 0; place < order.length; place++) {
                out.positions[order[place]][place]++;
            }
            out.simulations++;
        }
        return out;
    }
}
