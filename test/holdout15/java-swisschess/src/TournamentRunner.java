package swisschess;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Simulates a season of open Swiss tournaments for a chess federation's
 * rating office and prints each event's podium plus season statistics.
 */
public final class TournamentRunner {
    private static final String[] FIRST = {"Anand", "Bela", "Carlsen", "Dana", "Elisabeth", "Fabiano", "Gata", "Hou", "Irina", "Judit", "Kateryna", "Levon", "Magnus", "Nodirbek", "Olga", "Pia"};
    private static final String[] LAST = {"Aronian", "Polgar", "Kosteniuk", "Rapport", "Ju", "Giri", "Firouzja", "Muzychuk", "Nakamura", "Dubov", "Abdusattorov", "Cramling"};
    private static final String[] FEDS = {"NOR", "IND", "USA", "NED", "HUN", "UZB", "FRA", "GER", "ESP", "POL", "ARM", "SWE"};

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1300;
        long t0 = System.nanoTime();
        SplittableRandom rnd = new SplittableRandom(2024);
        List<Player> pool = new ArrayList<>();
        for (int i = 0; i < 2400; i++) {
            int rating = (int) Math.round(1500 + Math.abs(rnd.nextDouble() - rnd.nextDouble()) * 1300);
            double strength = rating + (rnd.nextDouble() - 0.5) * 200;
            pool.add(new Player(i, FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)],
                    FEDS[rnd.nextInt(FEDS.length)], rating, strength, rnd.nextInt(300)));
        }

        DecimalFormat scoreFmt = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        DecimalFormat changeFmt = new DecimalFormat("+0.0;-0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        SwissPairer pairer = new SwissPairer();
        GameSimulator sim = new GameSimulator(7);
        Map<String, Integer> podiumsByFed = new HashMap<>();
        double[] seasonDelta = new double[pool.size()];
        long games = 0, white = 0, black = 0, drawn = 0;

        for (int e = 0; e < events; e++) {
            int size = 120 + rnd.nextInt(160);
            List<Player> entrants = new ArrayList<>(size);
            int start = rnd.nextInt(pool.size() - size);
            // re-index entrants locally so opponent ids are positions in the field
            for (int k = 0; k < size; k++) {
                Player src = pool.get(start + k);
                entrants.add(new Player(k, src.name, src.federation, src.rating, src.strength, src.gamesPlayedBefore));
            }
            Tournament t = new Tournament("Open #" + (e + 1), entrants, 9, pairer, sim);
            List<Tournament.Standing> standings = t.run();
            games += t.whiteWins + t.blackWins + t.draws;
            white += t.whiteWins;
            black += t.blackWins;
            drawn += t.draws;
            for (Tournament.Standing s : standings) {
                int idx = start + s.player().id;
                seasonDelta[idx] += s.ratingChange();
                Player src = pool.get(idx);
                src.rating = (int) Math.round(src.rating + s.ratingChange());
            }
            for (int place = 0; place < 3; place++) podiumsByFed.merge(standings.get(place).player().federation, 1, Integer::sum);
            if (e % 40 == 0) {
                Tournament.Standing w = standings.get(0);
                System.out.println(t.name() + " (" + size + " players): winner " + w.player().name + " (" + w.player().federation + ", "
                        + w.player().rating + ") " + scoreFmt.format(w.score()) + "/9, TPR " + w.performance()
                        + ", Buchholz " + scoreFmt.format(w.tb().buchholz) + ", rating " + changeFmt.format(w.ratingChange()));
            }
        }

        System.out.println("events: " + events + ", games: " + games + ", white wins " + pct(white, games) + ", black wins "
                + pct(black, games) + ", draws " + pct(drawn, games) + ", pairing backtracks (last event) " + pairer.backtracks()
                + ", moves simulated " + sim.movesPlayed());
        int best = 0;
        for (int i = 1; i < seasonDelta.length; i++) if (seasonDelta[i] > seasonDelta[best]) best = i;
        System.out.println("biggest season gain: " + pool.get(best).name + " " + changeFmt.format(seasonDelta[best]));
        podiumsByFed.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .forEach(en -> System.out.println("  podiums " + en.getKey() + ": " + en.getValue()));
        System.out.printf("elapsed %.2fs%n", (System.nanoTime() - t0) / 1e9);
    }

    private static String pct(long part, long whole) {
        return Math.round(1000.0 * part / whole) / 10.0 + "%";
    }
}
