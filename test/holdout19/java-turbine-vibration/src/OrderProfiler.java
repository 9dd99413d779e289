package vibration;

/** Level (dB against the first mesh order) of the mesh harmonics, by Goertzel filters. */
final class OrderProfiler {
    private final int sampleRate;
    private final int orders;
    private double[] window = new double[0];
    private final double[] levels;

    OrderProfiler(int sampleRate, int orders) {
        this.sampleRate = sampleRate;
        this.orders = orders;
        this.levels = new double[orders];
    }

    double[] profile(double[] x, double meshHz) {
        if (window.length != x.length) {
            window = new double[x.length];
            for (int i = 0; i < x.length; i++) window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (x.length - 1));
        }
        double ref = 0;
        for (int h = 0; h < orders; h++) {
            double f = meshHz * (h + 1);
            double power = f >= sampleRate / 2.0 ? 0 : goertzel(x, f);
            if (h == 0) ref = Math.max(power, 1e-12);
            levels[h] = 10 * Math.log10(Math.max(power, 1e-12) / ref);
        }
        return levels;
    }

    private double goertzel(double[] x, double f) {
        double w = 2 * Math.PI * f / sampleRate;
        double coeff = 2 * Math.cos(w);
        double s1 = 0, s2 = 0;
        for (int i = 0; i < x.length; i++) {
            double s = x[i] * window[i] + coeff * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        return s1 * s1 + s2 * s2 - coeff * s1 * s2;
    }
}
