package darts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs the county darts league: plays the first half of the season, rates
 * the players, then forecasts title, play-off and relegation odds for the
 * second half.
 */
public final class LeagueRunner {
    private static final String[] FIRST = {
        "Gary", "Dean", "Wes", "Ritchie", "Lenny", "Shaun", "Mick", "Terry", "Colin", "Stuart",
        "Barry", "Nathan", "Jimmy", "Keith", "Owen", "Kyle", "Ron", "Dale", "Ivor", "Craig"
    };
    private static final String[] NICK = {
        "The Hammer", "Tungsten", "Bullseye", "Double Top", "The Rocket", "Iceman", "Sniper", "Chalky",
        "The Viking", "Flash", "The Machine", "Maverick", "Shanghai", "The Count", "Barrel", "Steady",
        "The Ferret", "Cobra", "Oche King", "The Owl"
    };

    public static void main(String[] args) throws Exception {
        int nPlayers = intArg(args, "--players", 20);
        int legsToWin = intArg(args, "--legs", 6);
        int simulations = intArg(args, "--simulations", 800);
        int threads = intArg(args, "--threads", 2);
        long started = System.nanoTime();

        SplittableRandom rng = new SplittableRandom(1994);
        List<Player> players = new ArrayList<>();
        for (int i = 0; i < nPlayers; i++) {
            double sigma = 14 + rng.nextDouble() * 12;
            players.add(new Player(i, FIRST[i % FIRST.length] + " '" + NICK[i % NICK.length] + "'",
                    sigma, 1.05 + rng.nextDouble() * 0.35, rng.nextDouble() < 0.2));
        }
        CheckoutTable checkouts = new CheckoutTable();
        System.out.println("checkout 170: " + route(checkouts, 170) + ", 101: " + route(checkouts, 101)
                + ", 40: " + route(checkouts, 40));

        List<Fixtures.Match> fixtures = Fixtures.doubleRoundRobin(nPlayers);
        int half = fixtures.size() / 2;
        Standings table = new Standings(nPlayers);
        EloRatings elo = new EloRatings(nPlayers, 1500, 24);
        LegStats[] stats = new LegStats[nPlayers];
        for (int i = 0; i < nPlayers; i++) {
            stats[i] = new LegStats();
        }
        MatchEngine engine = new MatchEngine(checkouts, rng.split());
        for (Fixtures.Match m : fixtures.subList(0, half)) {
            MatchEngine.Result r = engine.play(players.get(m.home()), players.get(m.away()), legsToWin,
                    stats[m.home()], stats[m.away()]);
            table.record(m.home(), m.away(), r);
            elo.update(m.home(), m.away(), r);
        }
        System.out.println("Table at the halfway point:");
        table.render(players).forEach(System.out::println);

        System.out.println("Form guide (first half):");
        List<Integer> byAverage = new ArrayList<>();
        for (int i = 0; i < nPlayers; i++) {
            byAverage.add(i);
        }
        byAverage.sort(Comparator.comparingDouble((Integer i) -> -stats[i].threeDartAverage()).thenComparingInt(i -> i));
        for (int i : byAverage.subList(0, 8)) {
            LegStats s = stats[i];
            System.out.printf("  %-22s avg %6.2f  180s %3d  ton+ %4d  checkout %5.1f%%  best finish %3d  elo %6.1f%n",
                    players.get(i).name, s.threeDartAverage(), s.maximums, s.tons, 100 * s.checkoutRate(),
                    s.highestCheckout, elo.get(i));
        }

        SeasonForecast forecast = new SeasonForecast(players, checkouts, legsToWin);
        SeasonForecast.Outcome out = forecast.run(table, fixtures.subList(half, fixtures.size()),
                simulations, threads, 20240601L);
        System.out.printf("Forecast from %d simulated second halves:%n", out.simulations);
        int[] order = table.order();
        for (int id : order) {
            System.out.printf("  %-22s title %5.1f%%  top-4 %5.1f%%  relegation %5.1f%%  sim-avg %6.2f%n",
                    players.get(id).name,
                    100 * out.probability(id, 0, 0),
                    100 * out.probability(id, 0, 3),
                    100 * out.probability(id, nPlayers - 2, nPlayers - 1),
                    out.stats[id].threeDartAverage());
        }
        long darts = 0;
        int maximums = 0;
        for (LegStats s : out.stats) {
            darts += s.darts;
            maximums += s.maximums;
        }
        System.out.printf("simulated darts %d, 180s %d%n", darts, maximums);
        System.out.printf("elapsed %.2fs%n", (System.nanoTime() - started) / 1e9);
    }

    private static String route(CheckoutTable t, int score) {
        StringBuilder sb = new StringBuilder();
        int rem = score;
        for (int d = 3; d >= 1 && rem > 0; d--) {
            Target x = t.route(rem, d);
            if (x == null) {
                return "none";
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(x);
            rem -= x.points;
        }
        return sb.toString();
    }

    private static int intArg(String[] args, String name, int def) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return def;
    }
}
