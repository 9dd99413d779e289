package swisschess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Simplified Dutch-system pairing: players are ranked by score then rating,
 * split into score groups, and each group's top half meets its bottom half.
 * Rematches are avoided with a bounded backtracking search; unpaired players
 * float down to the next group.
 */
final class SwissPairer {
    private static final Comparator<Player> RANKING = Comparator
            .comparingDouble((Player p) -> -p.score)
            .thenComparingInt(p -> -p.rating)
            .thenComparingInt(p -> p.id);

    private final Set<Integer> played = new HashSet<>();
    private int backtracks;

    void reset() {
        played.clear();
        backtracks = 0;
    }

    int backtracks() { return backtracks; }

    /** Field ids are local positions (< 4096), so a pair packs into one int. */
    static int key(Player a, Player b) {
        int lo = Math.min(a.id, b.id), hi = Math.max(a.id, b.id);
        return (lo << 12) | hi;
    }

    boolean havePlayed(Player a, Player b) { return played.contains(key(a, b)); }

    void markPlayed(Player a, Player b) { played.add(key(a, b)); }

    List<Pairing> pairRound(List<Player> field) {
        List<Player> ranked = new ArrayList<>(field);
        ranked.sort(RANKING);
        Player bye = null;
        if (ranked.size() % 2 == 1) {
            for (int i = ranked.size() - 1; i >= 0; i--) {
                if (!ranked.get(i).hadBye) {
                    bye = ranked.remove(i);
                    break;
                }
            }
        }
        List<Player[]> pairs = new ArrayList<>(ranked.size() / 2 + 1);
        List<Player> floaters = new ArrayList<>();
        int i = 0;
        while (i < ranked.size()) {
            double s = ranked.get(i).score;
            List<Player> group = new ArrayList<>(floaters);
            floaters.clear();
            while (i < ranked.size() && ranked.get(i).score == s) group.add(ranked.get(i++));
            if (group.size() % 2 == 1 && i < ranked.size()) {
                floaters.add(group.remove(group.size() - 1));
            }
            List<Player[]> groupPairs = pairGroup(group);
            if (groupPairs == null) {
                // cannot pair this group cleanly: float everyone down
                floaters.addAll(group);
                continue;
            }
            pairs.addAll(groupPairs);
        }
        if (!floaters.isEmpty()) {
            List<Player[]> rest = pairGroup(floaters);
            if (rest == null) rest = forcePair(floaters);
            pairs.addAll(rest);
        }
        List<Pairing> out = new ArrayList<>(pairs.size() + 1);
        int board = 1;
        for (Player[] p : pairs) {
            out.add(assignColours(board++, p[0], p[1]));
        }
        if (bye != null) out.add(new Pairing(board, bye, null));
        return out;
    }

    /** Top half vs bottom half with transposition search to avoid rematches. */
    private List<Player[]> pairGroup(List<Player> group) {
        if (group.size() % 2 == 1) return null;
        int half = group.size() / 2;
        List<Player> top = group.subList(0, half);
        List<Player> bottom = new ArrayList<>(group.subList(half, group.size()));
        boolean[] used = new boolean[bottom.size()];
        Player[] match = new Player[half];
        if (search(top, bottom, used, match, 0, 0)) {
            List<Player[]> out = new ArrayList<>(half);
            for (int k = 0; k < half; k++) out.add(new Player[] {top.get(k), match[k]});
            return out;
        }
        return null;
    }

    private boolean search(List<Player> top, List<Player> bottom, boolean[] used, Player[] match, int k, int depth) {
        if (k == top.size()) return true;
        if (depth > 5000) return false;
        Player p = top.get(k);
        for (int j = 0; j < bottom.size(); j++) {
            if (used[j] || havePlayed(p, bottom.get(j))) continue;
            used[j] = true;
            match[k] = bottom.get(j);
            if (search(top, bottom, used, match, k + 1, depth + 1)) return true;
            used[j] = false;
            backtracks++;
        }
        return false;
    }

    private List<Player[]> forcePair(List<Player> left) {
        List<Player[]> out = new ArrayList<>();
        for (int k = 0; k + 1 < left.size(); k += 2) out.add(new Player[] {left.get(k), left.get(k + 1)});
        return out;
    }

    private static Pairing assignColours(int board, Player a, Player b) {
        int prefA = -a.colourBalance * 2 - a.lastColour;
        int prefB = -b.colourBalance * 2 - b.lastColour;
        // equal preferences: alternate by board, higher-ranked player first
        boolean aWhite = prefA != prefB ? prefA > prefB : (board % 2 == 1);
        return aWhite ? new Pairing(board, a, b) : new Pairing(board, b, a);
    }
}
