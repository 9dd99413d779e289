package affinage;

/** One wheel of cheese on a cave shelf. */
public final class Wheel {
    private final String label;
    private final String dairy;
    private final int madeOnDay;
    private final double initialKg;
    private double kg;
    private double moisture;   // fraction of wheel mass
    private double rindScore;  // 0 (sticky, mould) .. 10 (ideal)
    private int bay;
    private int age;
    private int turns;
    private int washes;
    private RipeningPlan plan;
    private final double susceptibility; // how strongly this wheel's rind reacts to poor climate

    Wheel(String label, String dairy, int madeOnDay, double kg, int bay, RipeningPlan plan) {
        this.label = label;
        this.dairy = dairy;
        this.madeOnDay = madeOnDay;
        this.initialKg = kg;
        this.kg = kg;
        this.moisture = 0.38;
        this.rindScore = 6.0;
        this.bay = bay;
        this.plan = plan;
        this.susceptibility = 0.6 + Math.floorMod(label.hashCode() * 31 + madeOnDay, 1000) / 1000.0 * 2.4;
    }

    public String getLabel() { return label; }
    public String getDairy() { return dairy; }
    public int getMadeOnDay() { return madeOnDay; }
    public double getKg() { return kg; }
    public double getMoisture() { return moisture; }
    public double getRindScore() { return rindScore; }
    public int getBay() { return bay; }
    public int getAge() { return age; }
    public int getTurns() { return turns; }
    public int getWashes() { return washes; }
    public double getShrinkPercent() { return 100 * (initialKg - kg) / initialKg; }
    public String getStage() { return plan.stageAt(age).name; }
    public String getStyle() { return plan.style; }

    String label() { return label; }
    int bay() { return bay; }
    int ageDays() { return age; }
    double rindScore() { return rindScore; }
    double susceptibility() { return susceptibility; }
    RipeningPlan plan() { return plan; }

    void moveTo(int newBay, RipeningPlan newPlan) {
        this.bay = newBay;
        this.plan = newPlan;
    }

    void turned(boolean washed) {
        turns++;
        if (washed) washes++;
    }

    /**
     * Moisture loss follows the vapour-pressure deficit of the bay; the rind
     * improves when climate is near the stage target and the wheel is turned
     * and washed on schedule, and degrades otherwise.
     */
    void ripenOneDay(Cave.Bay b) {
        RipeningPlan.Stage s = plan.stageAt(age);
        double svp = 0.6108 * Math.exp(17.27 * b.tempC / (b.tempC + 237.3));
        double vpd = svp * (1 - b.rh);
        double area = 0.32 * Math.pow(kg / 34.0, 2.0 / 3.0);
        double loss = 0.0105 * vpd * area * Math.sqrt(Math.max(moisture - 0.28, 0.0));
        kg -= loss;
        moisture = Math.max(0.28, moisture - loss / kg);
        double climateError = Math.abs(b.tempC - s.targetTempC) / 2 + Math.abs(b.rh - s.targetRh) * 20;
        double weekTurns = age == 0 ? s.turnsPerWeek : turns * 7.0 / (age + 1);
        double care = Math.min(1.0, weekTurns / Math.max(1, s.turnsPerWeek));
        rindScore += 0.08 * (RindModel.target(care, climateError, susceptibility) - rindScore);
        rindScore = Math.max(0, Math.min(10, rindScore));
        age++;
    }
}
