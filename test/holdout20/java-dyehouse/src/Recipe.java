package works.dyehouse;

/** A formulated recipe: dyes and their depth in % on weight of fibre. */
record Recipe(ShadeStandard standard, DyeLibrary.Dye[] dyes, double[] concentrations, double deltaD65, double deltaA) {

    Recipe withChecks(double dD65, double dA) {
        return new Recipe(standard, dyes, concentrations, dD65, dA);
    }

    double depth() {
        double s = 0;
        for (double c : concentrations) {
            s += c;
        }
        return s;
    }

    double costPerKgFabric() {
        double s = 0;
        for (int i = 0; i < dyes.length; i++) {
            s += concentrations[i] / 100 * dyes[i].costPerKg();
        }
        return s;
    }

    String dyeClass() {
        return dyes[0].dyeClass();
    }
}
