/** Chooses seats for a party on a trip segment range, honouring preferences. */
public final class SeatAllocator {
    private final int[] scratch = new int[SeatMap.SEATS];

    /**
     * Returns the chosen seats, or null when the party cannot be seated.
     * Parties of two or more are kept in one row when possible.
     */
    int[] allocate(Trip trip, int from, int to, int party, boolean wantsWindow, boolean wantsTable) {
        long mask = Trip.segmentMask(from, to);
        long[] occ = trip.occupied;
        if (party == 1) {
            int best = -1;
            int bestScore = Integer.MIN_VALUE;
            for (int s = 0; s < SeatMap.SEATS; s++) {
                if ((occ[s] & mask) != 0) {
                    continue;
                }
                int score = score(s, occ, wantsWindow, wantsTable);
                if (score > bestScore) {
                    bestScore = score;
                    best = s;
                }
            }
            return best < 0 ? null : new int[] {best};
        }
        int bestRow = -1;
        int bestScore = Integer.MIN_VALUE;
        for (int row = 0; row < SeatMap.ROWS; row++) {
            int free = 0;
            int score = 0;
            for (int s = SeatMap.ROW_START[row]; s < SeatMap.ROW_START[row + 1]; s++) {
                if ((occ[s] & mask) == 0) {
                    free++;
                    score += score(s, occ, wantsWindow, wantsTable);
                }
            }
            if (free >= party && score > bestScore) {
                bestScore = score;
                bestRow = row;
            }
        }
        if (bestRow >= 0) {
            int[] seats = new int[party];
            int n = 0;
            for (int s = SeatMap.ROW_START[bestRow]; s < SeatMap.ROW_START[bestRow + 1] && n < party; s++) {
                if ((occ[s] & mask) == 0) {
                    seats[n++] = s;
                }
            }
            return seats;
        }
        // no single row fits: seat the party front to back
        int n = 0;
        for (int s = 0; s < SeatMap.SEATS && n < party; s++) {
            if ((occ[s] & mask) == 0) {
                scratch[n++] = s;
            }
        }
        if (n < party) {
            return null;
        }
        int[] seats = new int[party];
        System.arraycopy(scratch, 0, seats, 0, party);
        return seats;
    }

    private static int score(int s, long[] occ, boolean wantsWindow, boolean wantsTable) {
        int score = 0;
        if (wantsWindow && SeatMap.WINDOW[s]) {
            score += 4;
        }
        if (wantsTable && SeatMap.TABLE[s]) {
            score += 3;
        }
        // prefer seats whose neighbour is free for the whole trip
        int neighbour = (s & 1) == 0 ? s + 1 : s - 1;
        if (neighbour < SeatMap.SEATS && SeatMap.ROW[neighbour] == SeatMap.ROW[s] && occ[neighbour] == 0) {
            score += 2;
        }
        score -= SeatMap.ROW[s] / 4;
        return score;
    }
}
