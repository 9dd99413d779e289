package works.dyehouse;

import java.util.ArrayList;
import java.util.List;

/**
 * Calibrated dyes of the house range: unit absorption/scattering (K/S) per
 * band at 1 % on weight of fibre, and the substrates they are applied to.
 */
final class DyeLibrary {

    record Dye(String name, String dyeClass, double[] unitKs, double costPerKg) {
    }

    record Substrate(String name, double[] reflectance) {
    }

    private final List<Dye> dyes = new ArrayList<>();
    private final List<Substrate> substrates = new ArrayList<>();

    static DyeLibrary standardRange() {
        DyeLibrary lib = new DyeLibrary();
        Object[][] defs = {
            {"Reactive Yellow 145", "reactive", 420.0, 35.0, 8.4},
            {"Reactive Golden Yellow", "reactive", 440.0, 40.0, 9.1},
            {"Reactive Orange 122", "reactive", 480.0, 40.0, 10.2},
            {"Reactive Red 195", "reactive", 530.0, 35.0, 11.0},
            {"Reactive Ruby", "reactive", 550.0, 45.0, 12.5},
            {"Reactive Violet 5", "reactive", 570.0, 40.0, 13.0},
            {"Reactive Blue 221", "reactive", 610.0, 45.0, 12.2},
            {"Reactive Navy", "reactive", 590.0, 80.0, 10.8},
            {"Reactive Turquoise 15", "reactive", 640.0, 35.0, 14.4},
            {"Reactive Black 5", "reactive", 580.0, 160.0, 7.5},
            {"Disperse Yellow 54", "disperse", 430.0, 30.0, 9.9},
            {"Disperse Red 60", "disperse", 520.0, 40.0, 11.8},
            {"Disperse Blue 56", "disperse", 620.0, 50.0, 12.9},
            {"Disperse Rubine", "disperse", 545.0, 40.0, 13.4},
        };
        for (Object[] d : defs) {
            double peak = (Double) d[2];
            double width = (Double) d[3];
            double[] ks = new double[Spectrum.BANDS];
            for (int i = 0; i < Spectrum.BANDS; i++) {
                double nm = Spectrum.wavelength(i);
                // Absorption peaks where the dye removes light; a weak secondary lobe in the blue.
                ks[i] = 4.0 * Spectrum.gaussian(nm, peak, width, width * 1.2) + 0.4 * Spectrum.gaussian(nm, 400, 25, 25) + 0.01;
            }
            lib.dyes.add(new Dye((String) d[0], (String) d[1], ks, (Double) d[4]));
        }
        String[] fabrics = {"cotton jersey", "cotton twill", "polyester satin", "viscose crepe"};
        for (int s = 0; s < fabrics.length; s++) {
            double[] r = new double[Spectrum.BANDS];
            for (int i = 0; i < Spectrum.BANDS; i++) {
                double nm = Spectrum.wavelength(i);
                r[i] = 0.86 + 0.02 * s - 0.10 * Spectrum.gaussian(nm, 400, 25, 30);
            }
            lib.substrates.add(new Substrate(fabrics[s], r));
        }
        return lib;
    }

    List<Dye> dyes() {
        return dyes;
    }

    List<Substrate> substrates() {
        return substrates;
    }

    /** Single-constant Kubelka-Munk prediction of the dyed fabric's reflectance. */
    double[] reflectance(Dye[] recipe, double[] conc, Substrate substrate) {
        double[] out = new double[Spectrum.BANDS];
        reflectanceInto(recipe, conc, substrate, out);
        return out;
    }

    void reflectanceInto(Dye[] recipe, double[] conc, Substrate substrate, double[] out) {
        for (int i = 0; i < Spectrum.BANDS; i++) {
            double r0 = substrate.reflectance()[i];
            double ks = (1 - r0) * (1 - r0) / (2 * r0);
            for (int d = 0; d < recipe.length; d++) {
                ks += conc[d] * recipe[d].unitKs()[i];
            }
            out[i] = 1 + ks - Math.sqrt(ks * ks + 2 * ks);
        }
    }
}
