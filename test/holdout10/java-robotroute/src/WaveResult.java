/** Planning outcome of one wave. */
final class WaveResult {
    final int wave;
    int orders, rejectedOrders, batches, picks, charges, unreachable;
    long moves, expanded;
    double makespanSeconds;

    WaveResult(int wave) {
        this.wave = wave;
    }
}
