package org.ringing.prover;

/**
 * Open-addressing set of packed rows, cleared in O(1) by bumping a
 * generation stamp so one instance serves every proof.
 */
final class RowSet {
    private final long[] keys;
    private final int[] stamp;
    private final int mask;
    private int generation = 1;

    RowSet(int capacityPow2) {
        keys = new long[capacityPow2];
        stamp = new int[capacityPow2];
        mask = capacityPow2 - 1;
    }

    void clear() {
        generation++;
    }

    /** Adds the row; returns false if it was already present. */
    boolean add(long row) {
        long h = row * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (stamp[i] == generation) {
            if (keys[i] == row) {
                return false;
            }
            i = (i + 1) & mask;
        }
        stamp[i] = generation;
        keys[i] = row;
        return true;
    }
}
