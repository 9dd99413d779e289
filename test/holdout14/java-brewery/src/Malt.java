/** A fermentable in the grist. */
public final class Malt {
    final String name;
    final double kg;
    final double potentialPpg;  // gravity points per pound per gallon
    final double lovibond;

    Malt(String name, double kg, double potentialPpg, double lovibond) {
        this.name = name;
        this.kg = kg;
        this.potentialPpg = potentialPpg;
        this.lovibond = lovibond;
    }
}
