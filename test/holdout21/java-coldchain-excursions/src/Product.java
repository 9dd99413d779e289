package coldchain.audit;

/**
 * A product's labelled storage conditions and the stability budget the
 * manufacturer allows outside them.
 */
public record Product(String code, String name, double minC, double maxC,
                      int budgetMinutesAbove, int budgetMinutesBelow, double freezeC) {

    static final Product[] CATALOGUE = {
        new Product("VX-MMR", "measles-mumps-rubella vaccine", 2.0, 8.0, 240, 0, -0.5),
        new Product("VX-HPV", "HPV vaccine", 2.0, 8.0, 480, 30, 0.0),
        new Product("VX-INF", "influenza vaccine", 2.0, 8.0, 360, 60, -0.5),
        new Product("BIO-INS", "insulin pens", 2.0, 8.0, 1440, 30, 0.0),
        new Product("BIO-MAB", "monoclonal antibody vials", 2.0, 8.0, 120, 0, -0.2),
        new Product("RX-CRT", "controlled room temperature tablets", 15.0, 25.0, 2880, 1440, -20.0),
    };
}
