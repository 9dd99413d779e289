import java.util.List;

/** A beer recipe as registered with the brew house. */
public final class Recipe {
    final String code;
    final String style;
    final double batchLitres;
    final double efficiency;
    final List<Malt> grist;
    final List<Hop> hops;
    final String yeastStrain;

    Recipe(String code, String style, double batchLitres, double efficiency,
           List<Malt> grist, List<Hop> hops, String yeastStrain) {
        this.code = code;
        this.style = style;
        this.batchLitres = batchLitres;
        this.efficiency = efficiency;
        this.grist = grist;
        this.hops = hops;
        this.yeastStrain = yeastStrain;
    }
}
