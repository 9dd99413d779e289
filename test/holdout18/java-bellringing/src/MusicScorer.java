package org.ringing.prover;

/**
 * Scores rows for the music ringers listen for on eight bells: four-bell runs
 * off the front or back, and "CRU" combinations at the back.
 * All tests are table look-ups on four positions of a packed row.
 */
final class MusicScorer {
    private final byte[] runScore = new byte[1 << 16];
    private final byte[] backCombo = new byte[1 << 16];

    MusicScorer() {
        for (int key = 0; key < (1 << 16); key++) {
            int a = key & 0xF, b = (key >>> 4) & 0xF, c = (key >>> 8) & 0xF, d = (key >>> 12) & 0xF;
            if (a > 7 || b > 7 || c > 7 || d > 7) {
                continue;
            }
            boolean up = b == a + 1 && c == b + 1 && d == c + 1;
            boolean down = b == a - 1 && c == b - 1 && d == c - 1;
            if (up || down) {
                runScore[key] = 1;
            }
            // CRU: two of the 4, 5 and 6 followed by 7-8 in the back four
            if (c == 6 && d == 7 && (a == 3 || a == 4 || a == 5) && (b == 3 || b == 4 || b == 5) && a != b) {
                backCombo[key] = 1;
            }
        }
    }

    int score(long row) {
        int front = (int) (row & 0xFFFF);
        int back = (int) ((row >>> 16) & 0xFFFF);
        return 2 * runScore[front] + 3 * runScore[back] + backCombo[back];
    }
}
