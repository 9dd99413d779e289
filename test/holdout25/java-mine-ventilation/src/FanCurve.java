package ventilation;

/** Main exhaust fan characteristic for a blade angle setting. */
public final class FanCurve {
    final double bladeAngle;
    final double shutOffPressure; // Pa
    final double slope;           // Pa per (m3/s)^2
    final double peakEfficiency;

    FanCurve(double bladeAngle) {
        this.bladeAngle = bladeAngle;
        this.shutOffPressure = 1400 + 95 * bladeAngle;
        this.slope = 0.0030 - 0.00005 * bladeAngle;
        this.peakEfficiency = 0.82;
    }

    double pressure(double q) {
        double p = shutOffPressure - slope * q * q;
        return Math.max(p, 0);
    }

    double dPressure(double q) {
        return -2 * slope * q;
    }

    /** Shaft power in kW at duty point q, with efficiency falling away from the design flow. */
    double shaftPower(double q) {
        double design = Math.sqrt(shutOffPressure / slope) * 0.65;
        double eff = peakEfficiency * (1 - 0.35 * Math.pow((q - design) / design, 2));
        eff = Math.max(eff, 0.35);
        return pressure(q) * q / eff / 1000;
    }
}
