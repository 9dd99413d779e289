/** Kinetic parameters of a yeast strain for the fermentation model. */
public final class YeastStrain {
    final String name;
    final double maxGrowth;      // 1/h at optimum temperature
    final double optimumC;
    final double attenuation;    // apparent attenuation limit
    final double ethanolTolerance; // % ABV where growth stops

    YeastStrain(String name, double maxGrowth, double optimumC, double attenuation, double ethanolTolerance) {
        this.name = name;
        this.maxGrowth = maxGrowth;
        this.optimumC = optimumC;
        this.attenuation = attenuation;
        this.ethanolTolerance = ethanolTolerance;
    }
}
