package works.dyehouse;

import java.util.ArrayList;
import java.util.List;

/**
 * Searches three-dye combinations of one dye class and fits concentrations
 * by damped Gauss-Newton on the CIELAB difference, then polishes the best
 * combinations against CIEDE2000.
 */
final class RecipeOptimizer {
    private final DyeLibrary library;
    private final Colorimeter colorimeter;
    private final List<DyeLibrary.Dye[]> combinations = new ArrayList<>();
    private final double[] scratch = new double[Spectrum.BANDS];

    RecipeOptimizer(DyeLibrary library, Colorimeter colorimeter) {
        this.library = library;
        this.colorimeter = colorimeter;
        List<DyeLibrary.Dye> dyes = library.dyes();
        for (int i = 0; i < dyes.size(); i++) {
            for (int j = i + 1; j < dyes.size(); j++) {
                for (int k = j + 1; k < dyes.size(); k++) {
                    DyeLibrary.Dye a = dyes.get(i);
                    if (a.dyeClass().equals(dyes.get(j).dyeClass()) && a.dyeClass().equals(dyes.get(k).dyeClass())) {
                        combinations.add(new DyeLibrary.Dye[] {a, dyes.get(j), dyes.get(k)});
                    }
                }
            }
        }
    }

    Recipe formulate(ShadeStandard std) {
        double[] target = colorimeter.lab(std.reflectance());
        boolean synthetic = std.substrate().name().startsWith("polyester");
        DyeLibrary.Dye[] best = null;
        double[] bestConc = null;
        double bestErr = Double.MAX_VALUE;
        for (DyeLibrary.Dye[] combo : combinations) {
            if (synthetic != combo[0].dyeClass().equals("disperse")) {
                continue;
            }
            double[] conc = fitLab(combo, target, std.substrate(), 8);
            double err = labDistance(combo, conc, target, std.substrate());
            if (err < bestErr) {
                bestErr = err;
                best = combo;
                bestConc = conc;
            }
        }
        polishDe2000(best, bestConc, target, std.substrate());
        return new Recipe(std, best, bestConc, Double.NaN, Double.NaN);
    }

    private double[] fitLab(DyeLibrary.Dye[] combo, double[] target, DyeLibrary.Substrate sub, int iterations) {
        double[] c = {0.3, 0.3, 0.3};
        double[][] jac = new double[3][3];
        for (int it = 0; it < iterations; it++) {
            double[] lab = labOf(combo, c, sub);
            for (int d = 0; d < 3; d++) {
                double h = Math.max(1e-4, c[d] * 1e-3);
                c[d] += h;
                double[] lab2 = labOf(combo, c, sub);
                c[d] -= h;
                for (int k = 0; k < 3; k++) {
                    jac[k][d] = (lab2[k] - lab[k]) / h;
                }
            }
            double[] r = {target[0] - lab[0], target[1] - lab[1], target[2] - lab[2]};
            double[] step = solve3(jac, r);
            if (step == null) {
                break;
            }
            for (int d = 0; d < 3; d++) {
                c[d] = Math.min(8, Math.max(0, c[d] + 0.8 * step[d]));
            }
        }
        return c;
    }

    private void polishDe2000(DyeLibrary.Dye[] combo, double[] c, double[] target, DyeLibrary.Substrate sub) {
        double current = CieDe2000.deltaE(target, labOf(combo, c, sub));
        double stepScale = 0.05;
        for (int round = 0; round < 40 && stepScale > 1e-4; round++) {
            boolean improved = false;
            for (int d = 0; d < 3; d++) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    double old = c[d];
                    c[d] = Math.max(0, old * (1 + sign * stepScale) + sign * 1e-4);
                    double de = CieDe2000.deltaE(target, labOf(combo, c, sub));
                    if (de < current) {
                        current = de;
                        improved = true;
                    } else {
                        c[d] = old;
                    }
                }
            }
            if (!improved) {
                stepScale /= 2;
            }
        }
    }

    private double labDistance(DyeLibrary.Dye[] combo, double[] c, double[] target, DyeLibrary.Substrate sub) {
        double[] lab = labOf(combo, c, sub);
        double dl = lab[0] - target[0];
        double da = lab[1] - target[1];
        double db = lab[2] - target[2];
        return dl * dl + da * da + db * db;
    }

    private double[] labOf(DyeLibrary.Dye[] combo, double[] c, DyeLibrary.Substrate sub) {
        library.reflectanceInto(combo, c, sub, scratch);
        return colorimeter.lab(scratch);
    }

    /** Cramer's rule for the 3x3 Gauss-Newton step. */
    private static double[] solve3(double[][] m, double[] r) {
        double det = det3(m[0][0], m[0][1], m[0][2], m[1][0], m[1][1], m[1][2], m[2][0], m[2][1], m[2][2]);
        if (Math.abs(det) < 1e-12) {
            return null;
        }
        double x = det3(r[0], m[0][1], m[0][2], r[1], m[1][1], m[1][2], r[2], m[2][1], m[2][2]) / det;
        double y = det3(m[0][0], r[0], m[0][2], m[1][0], r[1], m[1][2], m[2][0], r[2], m[2][2]) / det;
        double z = det3(m[0][0], m[0][1], r[0], m[1][0], m[1][1], r[1], m[2][0], m[2][1], r[2]) / det;
        return new double[] {x, y, z};
    }

    private static double det3(double a, double b, double c, double d, double e, double f, double g, double h, double i) {
        return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
    }
}
