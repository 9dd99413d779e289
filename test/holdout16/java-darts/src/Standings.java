package darts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** League table: two points per match won, then leg difference, then legs won. */
final class Standings {
    final int[] points;
    final int[] legsFor;
    final int[] legsAgainst;
    final int[] played;

    Standings(int players) {
        points = new int[players];
        legsFor = new int[players];
        legsAgainst = new int[players];
        played = new int[players];
    }

    Standings copy() {
        Standings s = new Standings(points.length);
        System.arraycopy(points, 0, s.points, 0, points.length);
        System.arraycopy(legsFor, 0, s.legsFor, 0, points.length);
        System.arraycopy(legsAgainst, 0, s.legsAgainst, 0, points.length);
        System.arraycopy(played, 0, s.played, 0, points.length);
        return s;
    }

    void record(int home, int away, MatchEngine.Result r) {
        played[home]++;
        played[away]++;
        legsFor[home] += r.legsHome();
        legsAgainst[home] += r.legsAway();
        legsFor[away] += r.legsAway();
        legsAgainst[away] += r.legsHome();
        points[r.homeWon() ? home : away] += 2;
    }

    /** Player ids from top to bottom of the table. */
    int[] order() {
        Integer[] ids = new Integer[points.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
        }
        java.util.Arrays.sort(ids, Comparator.<Integer>comparingInt(i -> -points[i])
                .thenComparingInt(i -> -(legsFor[i] - legsAgainst[i]))
                .thenComparingInt(i -> -legsFor[i])
                .thenComparingInt(i -> i));
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = ids[i];
        }
        return out;
    }

    List<String> render(List<Player> players) {
        List<String> lines = new ArrayList<>();
        int pos = 1;
        for (int id : order()) {
            lines.add(String.format("%2d. %-20s P%-3d Pts %-3d Legs %3d-%-3d (%+d)", pos++, players.get(id).name,
                    played[id], points[id], legsFor[id], legsAgainst[id], legsFor[id] - legsAgainst[id]));
        }
        return lines;
    }
}
