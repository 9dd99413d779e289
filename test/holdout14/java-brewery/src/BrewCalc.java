/** Standard brewing formulas (Tinseth bitterness, Morey colour, gravity). */
public final class BrewCalc {
    private static final double KG_TO_LB = 2.20462;
    private static final double L_TO_GAL = 0.264172;

    private BrewCalc() {}

    static double originalGravity(Recipe r) {
        double points = 0;
        double gallons = r.batchLitres * L_TO_GAL;
        for (Malt m : r.grist) {
            points += m.kg * KG_TO_LB * m.potentialPpg * r.efficiency;
        }
        return 1 + points / gallons / 1000.0;
    }

    static double ibu(Recipe r, double og) {
        double total = 0;
        double bigness = 1.65 * Math.pow(0.000125, og - 1);
        for (Hop h : r.hops) {
            double boilFactor = (1 - Math.exp(-0.04 * h.boilMinutes)) / 4.15;
            double utilisation = bigness * boilFactor;
            total += utilisation * (h.alphaAcid / 100.0) * h.grams * 1000 / r.batchLitres;
        }
        return total;
    }

    static double srm(Recipe r) {
        double mcu = 0;
        double gallons = r.batchLitres * L_TO_GAL;
        for (Malt m : r.grist) {
            mcu += m.kg * KG_TO_LB * m.lovibond / gallons;
        }
        return 1.4922 * Math.pow(mcu, 0.6859);
    }

    static double abv(double og, double fg) {
        return (76.08 * (og - fg) / (1.775 - og)) * (fg / 0.794);
    }
}
