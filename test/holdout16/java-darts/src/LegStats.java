package darts;

/** Per-player counters accumulated over matches. */
final class LegStats {
    long darts;
    long points;
    int legsWon;
    int legsPlayed;
    int tons;
    int maximums;
    int checkoutAttempts;
    int checkoutHits;
    int highestCheckout;

    void add(LegStats o) {
        darts += o.darts;
        points += o.points;
        legsWon += o.legsWon;
        legsPlayed += o.legsPlayed;
        tons += o.tons;
        maximums += o.maximums;
        checkoutAttempts += o.checkoutAttempts;
        checkoutHits += o.checkoutHits;
        highestCheckout = Math.max(highestCheckout, o.highestCheckout);
    }

    double threeDartAverage() {
        return darts == 0 ? 0 : 3.0 * points / darts;
    }

    double checkoutRate() {
        return checkoutAttempts == 0 ? 0 : (double) checkoutHits / checkoutAttempts;
    }
}
