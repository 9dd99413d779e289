class DosingController {
    static final class Action {
        final double dose;
        final boolean alarm;

        Action(double dose, boolean alarm) {
            this.dose = dose;
            this.alarm = alarm;
        }
    }

    private static final int WINDOW = 96;
    private final double[][] turbidity;
    private final double[][] chlorine;
    private final int[] pos;
    private final double[] integral;

    DosingController(int basins) {
        turbidity = new double[basins][WINDOW];
        chlorine = new double[basins][WINDOW];
        pos = new int[basins];
        integral = new double[basins];
    }

    Action update(Reading r) {
        int b = r.basin;
        int p = pos[b] = (pos[b] + 1) % WINDOW;
        turbidity[b][p] = r.turbidity;
        chlorine[b][p] = r.chlorine;
        double tMean = 0, cMean = 0, cVar = 0;
        for (int i = 0; i < WINDOW; i++) {
            double w = Math.exp(-((p - i + WINDOW) % WINDOW) / 24.0);
            tMean += turbidity[b][i] * w;
            cMean += chlorine[b][i] * w;
        }
        tMean /= 24.0;
        cMean /= 24.0;
        for (int i = 0; i < WINDOW; i++) {
            double d = chlorine[b][i] - cMean;
            cVar += d * d;
        }
        double error = 1.2 - cMean;
        integral[b] = Math.max(-5, Math.min(5, integral[b] + error * 0.01));
        double ctValue = cMean * r.flow / 1000.0 * Math.pow(10, (r.ph - 7.0) * -0.1);
        double dose = Math.max(0, 0.8 * error + 0.05 * integral[b] + 0.02 * tMean) * r.flow / 3600.0;
        boolean alarm = tMean > 2.5 || cVar / WINDOW > 0.6 || ctValue < 0.05;
        return new Action(dose, alarm);
    }
}
