package swisschess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One Swiss event: pairs and plays all rounds, then ranks the field. */
final class Tournament {
    record Standing(Player player, double score, Tiebreaks tb, int performance, double ratingChange) {}

    private static final Comparator<Standing> FINAL_ORDER = Comparator
            .comparingDouble((Standing s) -> -s.score())
            .thenComparingDouble(s -> -s.tb().buchholzCut1)
            .thenComparingDouble(s -> -s.tb().buchholz)
            .thenComparingDouble(s -> -s.tb().sonnebornBerger)
            .thenComparingInt(s -> -s.player().rating);

    private final String name;
    private final List<Player> field;
    private final int rounds;
    private final SwissPairer pairer;
    private final GameSimulator simulator;
    int whiteWins, blackWins, draws, byes;

    Tournament(String name, List<Player> field, int rounds, SwissPairer pairer, GameSimulator simulator) {
        this.name = name;
        this.field = field;
        this.rounds = rounds;
        this.pairer = pairer;
        this.simulator = simulator;
    }

    String name() { return name; }

    List<Standing> run() {
        pairer.reset();
        for (Player p : field) p.reset();
        for (int r = 1; r <= rounds; r++) {
            for (Pairing pr : pairer.pairRound(field)) {
                if (pr.isBye()) {
                    pr.white().score += 1;
                    pr.white().hadBye = true;
                    byes++;
                    continue;
                }
                Player w = pr.white(), b = pr.black();
                double res = simulator.play(w, b);
                record(w, b, res, +1);
                record(b, w, 1 - res, -1);
                pairer.markPlayed(w, b);
                if (res == 1) whiteWins++; else if (res == 0) blackWins++; else draws++;
            }
        }
        List<Standing> standings = new ArrayList<>(field.size());
        for (Player p : field) {
            standings.add(new Standing(p, p.score, Tiebreaks.of(p, field), Ratings.performance(p, field), Ratings.ratingChange(p, field)));
        }
        standings.sort(FINAL_ORDER);
        return standings;
    }

    private static void record(Player p, Player opp, double result, int colour) {
        p.score += result;
        p.opponents.add(opp.id);
        p.results.add(result);
        p.colours.add(colour);
        p.colourBalance += colour;
        p.lastColour = colour;
    }
}
