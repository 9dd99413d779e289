/** A hop addition in a recipe. */
public final class Hop {
    final String variety;
    final double alphaAcid;   // percent
    final double grams;
    final int boilMinutes;

    Hop(String variety, double alphaAcid, double grams, int boilMinutes) {
        this.variety = variety;
        this.alphaAcid = alphaAcid;
        this.grams = grams;
        this.boilMinutes = boilMinutes;
    }
}
