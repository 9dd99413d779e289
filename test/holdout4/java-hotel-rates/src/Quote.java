public class Quote {
    final long[] nightlyCents;
    final long subtotalCents;
    final long discountCents;
    final long cityTaxCents;
    final long vatCents;
    final long totalCents;

    Quote(long[] nightlyCents, long subtotalCents, long discountCents, long cityTaxCents, long vatCents) {
        this.nightlyCents = nightlyCents;
        this.subtotalCents = subtotalCents;
        this.discountCents = discountCents;
        this.cityTaxCents = cityTaxCents;
        this.vatCents = vatCents;
        this.totalCents = subtotalCents - discountCents + cityTaxCents + vatCents;
    }
}
