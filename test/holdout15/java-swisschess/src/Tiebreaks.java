package swisschess;

import java.util.Arrays;
import java.util.List;

/** Standard Swiss tie-break scores. */
final class Tiebreaks {
    final double buchholz;
    final double buchholzCut1;
    final double sonnebornBerger;
    final double progressive;

    private Tiebreaks(double b, double bc1, double sb, double prog) {
        this.buchholz = b;
        this.buchholzCut1 = bc1;
        this.sonnebornBerger = sb;
        this.progressive = prog;
    }

    static Tiebreaks of(Player p, List<Player> field) {
        int n = p.opponents.size();
        double[] oppScores = new double[n];
        double sb = 0, prog = 0, running = 0;
        for (int i = 0; i < n; i++) {
            Player o = field.get(p.opponents.get(i));
            oppScores[i] = o.score;
            sb += p.results.get(i) * o.score;
            running += p.results.get(i);
            prog += running;
        }
        double b = 0;
        for (double s : oppScores) b += s;
        Arrays.sort(oppScores);
        double bc1 = n > 1 ? b - oppScores[0] : b;
        return new Tiebreaks(b, bc1, sb, prog);
    }
}
