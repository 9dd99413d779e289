/**
 * Seat layout of the standard 49-seat coach: 11 rows of 2+2 with a rear bench
 * of 5. Seat attributes are fixed per layout and shared by all trips.
 */
public final class SeatMap {
    static final int SEATS = 49;
    static final int ROWS = 12;
    static final boolean[] WINDOW = new boolean[SEATS];
    static final boolean[] TABLE = new boolean[SEATS];
    static final int[] ROW = new int[SEATS];
    static final int[] ROW_START = new int[ROWS + 1];
    static final String[] LABEL = new String[SEATS];

    static {
        int s = 0;
        for (int row = 0; row < ROWS; row++) {
            ROW_START[row] = s;
            int width = row == ROWS - 1 ? 5 : 4;
            for (int k = 0; k < width; k++, s++) {
                ROW[s] = row;
                WINDOW[s] = k == 0 || k == width - 1;
                TABLE[s] = row == 5 || row == 6;
                LABEL[s] = (row + 1) + String.valueOf((char) ('A' + k));
            }
        }
        ROW_START[ROWS] = s;
    }

    private SeatMap() {
    }
}
