package darts;

import java.util.ArrayList;
import java.util.List;

/** Double round-robin schedule built with the circle method. */
final class Fixtures {
    record Match(int round, int home, int away) {
    }

    private Fixtures() {
    }

    static List<Match> doubleRoundRobin(int n) {
        if ((n & 1) == 1) {
            throw new IllegalArgumentException("need an even number of players");
        }
        List<Match> out = new ArrayList<>();
        int[] ring = new int[n];
        for (int i = 0; i < n; i++) {
            ring[i] = i;
        }
        int rounds = n - 1;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < n / 2; k++) {
                int a = ring[k];
                int b = ring[n - 1 - k];
                if ((r + k) % 2 == 0) {
                    out.add(new Match(r, a, b));
                } else {
                    out.add(new Match(r, b, a));
                }
            }
            // rotate all but the first
            int last = ring[n - 1];
            System.arraycopy(ring, 1, ring, 2, n - 2);
            ring[1] = last;
        }
        int firstHalf = out.size();
        for (int i = 0; i < firstHalf; i++) {
            Match m = out.get(i);
            out.add(new Match(m.round() + rounds, m.away(), m.home()));
        }
        return out;
    }
}
