/**
 * Integrates a simple yeast growth / sugar uptake model (Monod kinetics with
 * ethanol inhibition and a temperature-dependent rate) with RK4 steps to
 * predict the final gravity and the day fermentation completes.
 */
public final class FermentationModel {
    static final class Result {
        final double finalGravity;
        final double daysToTerminal;
        final double peakTemperatureC;
        final double[] gravityLog; // predicted gravity every LOG_EVERY_H hours

        Result(double finalGravity, double daysToTerminal, double peakTemperatureC, double[] gravityLog) {
            this.finalGravity = finalGravity;
            this.daysToTerminal = daysToTerminal;
            this.peakTemperatureC = peakTemperatureC;
            this.gravityLog = gravityLog;
        }
    }

    private static final double STEP_H = 0.5;
    private static final int DAYS = 16;
    static final int LOG_EVERY_H = 2;
    private static final double KS = 12.0;

    private final YeastStrain yeast;
    private final double setPointC;

    FermentationModel(YeastStrain yeast, double setPointC) {
        this.yeast = yeast;
        this.setPointC = setPointC;
    }

    private double rate(double tempC) {
        double d = (tempC - yeast.optimumC) / 6.0;
        return yeast.maxGrowth * Math.exp(-d * d);
    }

    // state: [biomass g/L, sugar g/L, ethanol g/L, temperature C]
    private void derivative(double[] s, double[] out, double sugarFloor) {
        double abv = s[2] / 7.89;
        double inhibition = Math.max(0, 1 - abv / yeast.ethanolTolerance);
        double available = Math.max(0, s[1] - sugarFloor);
        double mu = rate(s[3]) * available / (KS + available) * inhibition;
        double growth = mu * s[0];
        double uptake = growth / 0.08 + 0.02 * s[0] * available / (KS + available);
        out[0] = growth - 0.003 * s[0];
        out[1] = -uptake;
        out[2] = 0.48 * uptake;
        out[3] = 0.0009 * uptake * 100 - 0.35 * (s[3] - setPointC);
    }

    Result run(double og, double pitchCells) {
        double sugar = (og - 1) * 1000 * 2.6;
        double sugarFloor = sugar * (1 - yeast.attenuation);
        double[] s = {pitchCells, sugar, 0, setPointC};
        double[] k1 = new double[4], k2 = new double[4], k3 = new double[4], k4 = new double[4], tmp = new double[4];
        double peak = setPointC;
        double hours = 0;
        double terminalAt = -1;
        double lastSugar = sugar;
        int steps = (int) (DAYS * 24 / STEP_H);
        int logEvery = (int) (LOG_EVERY_H / STEP_H);
        double[] log = new double[steps / logEvery];
        for (int step = 0; step < steps; step++) {
            derivative(s, k1, sugarFloor);
            for (int i = 0; i < 4; i++) tmp[i] = s[i] + 0.5 * STEP_H * k1[i];
            derivative(tmp, k2, sugarFloor);
            for (int i = 0; i < 4; i++) tmp[i] = s[i] + 0.5 * STEP_H * k2[i];
            derivative(tmp, k3, sugarFloor);
            for (int i = 0; i < 4; i++) tmp[i] = s[i] + STEP_H * k3[i];
            derivative(tmp, k4, sugarFloor);
            for (int i = 0; i < 4; i++) {
                s[i] += STEP_H / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
            hours += STEP_H;
            peak = Math.max(peak, s[3]);
            if (step % logEvery == 0) {
                log[step / logEvery] = 1 + Math.max(s[1], 0) / 2.6 / 1000;
            }
            if (step % 48 == 0) {
                // terminal when less than 0.3 g/L sugar consumed over the last day
                if (terminalAt < 0 && hours > 48 && lastSugar - s[1] < 0.3) {
                    terminalAt = hours;
                }
                lastSugar = s[1];
            }
        }
        double fg = 1 + Math.max(s[1], 0) / 2.6 / 1000;
        return new Result(fg, terminalAt < 0 ? DAYS : terminalAt / 24, peak, log);
    }
}
