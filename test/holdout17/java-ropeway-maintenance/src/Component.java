package ropeway;

/** Inspectable component kinds on a ropeway tower, with their service limits. */
public enum Component {
    SHEAVE_LINER("liner wear", "mm", 9.0, 12.0),
    SHEAVE_BEARING("bearing vibration", "mm/s", 4.5, 7.1),
    RUBBER_DAMPER("damper stiffness loss", "%", 18.0, 30.0),
    ANCHOR_BOLT("anchor torque loss", "%", 10.0, 20.0),
    EARTHING("earth resistance", "Ohm", 6.0, 10.0);

    private final String quantity;
    private final String unit;
    private final double warnLevel;
    private final double limit;

    Component(String quantity, String unit, double warnLevel, double limit) {
        this.quantity = quantity;
        this.unit = unit;
        this.warnLevel = warnLevel;
        this.limit = limit;
    }

    public String quantity() { return quantity; }
    public String unit() { return unit; }
    public double warnLevel() { return warnLevel; }
    public double limit() { return limit; }
}
