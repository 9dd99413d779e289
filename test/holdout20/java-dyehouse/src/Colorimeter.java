package works.dyehouse;

/**
 * Converts reflectance spectra to CIELAB for one illuminant and the CIE 1931
 * observer (multi-lobe analytic fit of the colour-matching functions). The
 * weighting tables are computed once per instrument setting.
 */
final class Colorimeter {
    private final double[] wx = new double[Spectrum.BANDS];
    private final double[] wy = new double[Spectrum.BANDS];
    private final double[] wz = new double[Spectrum.BANDS];
    private final double xn;
    private final double yn;
    private final double zn;

    Colorimeter(Illuminant illuminant) {
        double sx = 0;
        double sy = 0;
        double sz = 0;
        for (int i = 0; i < Spectrum.BANDS; i++) {
            double nm = Spectrum.wavelength(i);
            double p = illuminant.power(nm);
            wx[i] = p * xBar(nm);
            wy[i] = p * yBar(nm);
            wz[i] = p * zBar(nm);
            sx += wx[i];
            sy += wy[i];
            sz += wz[i];
        }
        double k = 100 / sy;
        for (int i = 0; i < Spectrum.BANDS; i++) {
            wx[i] *= k;
            wy[i] *= k;
            wz[i] *= k;
        }
        xn = sx * k;
        yn = 100;
        zn = sz * k;
    }

    double[] lab(double[] reflectance) {
        double x = 0;
        double y = 0;
        double z = 0;
        for (int i = 0; i < Spectrum.BANDS; i++) {
            x += wx[i] * reflectance[i];
            y += wy[i] * reflectance[i];
            z += wz[i] * reflectance[i];
        }
        double fx = f(x / xn);
        double fy = f(y / yn);
        double fz = f(z / zn);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    static double xBar(double nm) {
        return 1.056 * Spectrum.gaussian(nm, 599.8, 37.9, 31.0) + 0.362 * Spectrum.gaussian(nm, 442.0, 16.0, 26.7)
                - 0.065 * Spectrum.gaussian(nm, 501.1, 20.4, 26.2);
    }

    static double yBar(double nm) {
        return 0.821 * Spectrum.gaussian(nm, 568.8, 46.9, 40.5) + 0.286 * Spectrum.gaussian(nm, 530.9, 16.3, 31.1);
    }

    static double zBar(double nm) {
        return 1.217 * Spectrum.gaussian(nm, 437.0, 11.8, 36.0) + 0.681 * Spectrum.gaussian(nm, 459.0, 26.0, 13.8);
    }
}
