/** Body measurements taken at the first fitting, in centimetres. */
public class Measurements {
    private final double chest;
    private final double waist;
    private final double hip;
    private final double shoulder;
    private final double sleeve;
    private final double inseam;
    private final double neck;
    private final String posture;

    public Measurements(double chest, double waist, double hip, double shoulder,
                        double sleeve, double inseam, double neck, String posture) {
        this.chest = chest;
        this.waist = waist;
        this.hip = hip;
        this.shoulder = shoulder;
        this.sleeve = sleeve;
        this.inseam = inseam;
        this.neck = neck;
        this.posture = posture;
    }

    public double getChest() { return chest; }
    public double getWaist() { return waist; }
    public double getHip() { return hip; }
    public double getShoulder() { return shoulder; }
    public double getSleeve() { return sleeve; }
    public double getInseam() { return inseam; }
    public double getNeck() { return neck; }
    public String getPosture() { return posture; }

    public Measurements withWaist(double w) {
        return new Measurements(chest, w, hip, shoulder, sleeve, inseam, neck, posture);
    }
}
