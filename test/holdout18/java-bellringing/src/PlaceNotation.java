package org.ringing.prover;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses change-ringing place notation ("-38-14-1258-36-14-58-16-78,12")
 * into permutations. Each change is stored as the source index for each
 * position, so applying it is a single gather.
 */
public final class PlaceNotation {
    private PlaceNotation() {}

    public static int[][] parse(String notation, int stage) {
        String pn = notation.replace("x", "-").replace(" ", "");
        int comma = pn.indexOf(',');
        List<String> changes;
        if (comma >= 0) {
            List<String> half = tokens(pn.substring(0, comma));
            changes = new ArrayList<>(half);
            for (int i = half.size() - 2; i >= 0; i--) {
                changes.add(half.get(i));
            }
            changes.addAll(tokens(pn.substring(comma + 1)));
        } else {
            changes = tokens(pn);
        }
        int[][] out = new int[changes.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = change(changes.get(i), stage);
        }
        return out;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-') {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                out.add("-");
            } else if (c == '.') {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /** Builds the gather permutation for one change; "-" is all-change. */
    public static int[] change(String places, int stage) {
        boolean[] makes = new boolean[stage];
        if (!places.equals("-")) {
            for (int i = 0; i < places.length(); i++) {
                makes[bellIndex(places.charAt(i))] = true;
            }
        }
        int[] perm = new int[stage];
        for (int i = 0; i < stage; ) {
            if (makes[i] || i + 1 >= stage || makes[i + 1]) {
                perm[i] = i;
                i++;
            } else {
                perm[i] = i + 1;
                perm[i + 1] = i;
                i += 2;
            }
        }
        return perm;
    }

    static int bellIndex(char c) {
        if (c >= '1' && c <= '9') {
            return c - '1';
        }
        switch (c) {
            case '0': return 9;
            case 'E': return 10;
            case 'T': return 11;
            default: throw new IllegalArgumentException("bad place " + c);
        }
    }
}
