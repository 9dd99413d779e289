package vibration;

/**
 * Measures the gear-mesh frequency of a capture with the squared-difference
 * function, searched around the frequency expected from SCADA speed and
 * taken over several mesh periods for precision on the fast stages.
 */
final class MeshFrequencyEstimator {
    private static final double SEARCH = 0.06; // +-6 % around the nominal period
    private final int length;
    private final int sampleRate;
    private final double[] diff;

    MeshFrequencyEstimator(int length, int sampleRate) {
        this.length = length;
        this.sampleRate = sampleRate;
        this.diff = new double[length];
    }

    double estimate(double[] x, double nominal) {
        double period = sampleRate / nominal;
        int periods = Math.max(1, (int) (300 / period));
        double lag = period * periods;
        int lo = Math.max(2, (int) Math.floor(lag * (1 - SEARCH)));
        int hi = Math.min(length / 2, (int) Math.ceil(lag * (1 + SEARCH)));
        if (hi - lo < 3) return Double.NaN;
        int window = length - hi - 1;
        int best = -1;
        double bestVal = Double.MAX_VALUE;
        for (int tau = lo; tau <= hi; tau++) {
            double s = 0;
            for (int i = 0; i < window; i++) {
                double d = x[i] - x[i + tau];
                s += d * d;
            }
            diff[tau] = s;
            if (s < bestVal) {
                bestVal = s;
                best = tau;
            }
        }
        if (best <= lo || best >= hi) return Double.NaN;
        double a = diff[best - 1], b = diff[best], c = diff[best + 1];
        double denom = a - 2 * b + c;
        double shift = denom == 0 ? 0 : 0.5 * (a - c) / denom;
        return sampleRate * periods / (best + shift);
    }
}
