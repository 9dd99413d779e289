package ventilation;

/** One airway of the mine ventilation network. */
public final class Airway {
    enum Kind { SHAFT, DECLINE, DRIVE, RETURN, STOPE, RAISE, SURFACE }

    final int id;
    final int from;
    final int to;
    final Kind kind;
    final String name;
    final double length;     // m
    final double area;       // m2
    final double perimeter;  // m
    final double friction;   // Atkinson k, kg/m3
    double regulator;        // added resistance, Ns2/m8
    double requiredFlow;     // m3/s, for working places
    double dieselKw;         // installed diesel power at the working place
    boolean fan;

    Airway(int id, int from, int to, Kind kind, String name, double length, double area, double perimeter, double friction) {
        this.id = id;
        this.from = from;
        this.to = to;
        this.kind = kind;
        this.name = name;
        this.length = length;
        this.area = area;
        this.perimeter = perimeter;
        this.friction = friction;
    }

    /** Atkinson resistance plus any regulator, Ns2/m8. */
    double resistance() {
        return friction * length * perimeter / (area * area * area) + regulator;
    }

    double velocity(double q) {
        return Math.abs(q) / area;
    }
}
