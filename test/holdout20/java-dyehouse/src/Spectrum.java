package works.dyehouse;

/** Visible range sampled every 10 nm from 400 to 700 nm. */
final class Spectrum {
    static final int START_NM = 400;
    static final int STEP_NM = 10;
    static final int BANDS = 31;

    private Spectrum() {
    }

    static double wavelength(int band) {
        return START_NM + band * STEP_NM;
    }

    static double gaussian(double x, double mu, double s1, double s2) {
        double t = (x - mu) / (x < mu ? s1 : s2);
        return Math.exp(-0.5 * t * t);
    }
}
