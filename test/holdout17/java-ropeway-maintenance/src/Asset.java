package ropeway;

/**
 * One inspected component at one position: line, tower, sheave assembly.
 * Carries the condition history that the wear model needs.
 */
public final class Asset {
    private static final int HISTORY = 64;

    final int id;
    final String line;
    final int tower;
    final int assembly;
    final Component component;
    final double wearRate;     // true degradation per operating day (simulation)
    double trueValue;          // true condition (simulation)

    private final double[] days = new double[HISTORY];
    private final double[] values = new double[HISTORY];
    private int count;
    private int head;

    Asset(int id, String line, int tower, int assembly, Component component, double start, double wearRate) {
        this.id = id;
        this.line = line;
        this.tower = tower;
        this.assembly = assembly;
        this.component = component;
        this.trueValue = start;
        this.wearRate = wearRate;
    }

    public Component component() { return component; }

    public String position() {
        return line + "/T" + tower + "/S" + assembly;
    }

    void record(double day, double value) {
        days[head] = day;
        values[head] = value;
        head = (head + 1) % HISTORY;
        if (count < HISTORY) count++;
    }

    void resetHistory() {
        count = 0;
        head = 0;
    }

    int historySize() { return count; }

    /** Least-squares slope and intercept of the recorded history: {slope, intercept at day 0}. */
    double[] trend() {
        if (count < 4) return null;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < count; i++) {
            double x = days[i], y = values[i];
            sx += x; sy += y; sxx += x * x; sxy += x * y;
        }
        double n = count;
        double den = n * sxx - sx * sx;
        if (den == 0) return null;
        double slope = (n * sxy - sx * sy) / den;
        return new double[] {slope, (sy - slope * sx) / n};
    }
}
