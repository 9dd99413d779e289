package works.dyehouse;

/** Relative spectral power distributions of the standard illuminants. */
enum Illuminant {
    D65 {
        @Override
        double power(double nm) {
            // Smooth fit of CIE D65 across the visible range.
            return 100 + 18 * Spectrum.gaussian(nm, 460, 30, 60) - 12 * Math.max(0, (nm - 560) / 140) - 20 * Spectrum.gaussian(nm, 400, 20, 20);
        }
    },
    A {
        @Override
        double power(double nm) {
            // Planck radiator at 2856 K, normalised to 100 at 560 nm.
            return planck(nm, 2856) / planck(560, 2856) * 100;
        }
    };

    abstract double power(double nm);

    static double planck(double nm, double kelvin) {
        double l = nm * 1e-9;
        return 1 / (Math.pow(l, 5) * (Math.exp(1.4388e-2 / (l * kelvin)) - 1));
    }
}
