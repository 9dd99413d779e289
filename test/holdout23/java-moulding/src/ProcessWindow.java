package moulding;

import java.util.EnumMap;
import java.util.Map;

/** The alert window the process engineer set for a mould, per parameter. */
final class ProcessWindow {
    record Limits(double low, double high) {
        boolean contains(double v) { return v >= low && v <= high; }
    }

    private final String mouldId;
    private final Map<Parameter, Limits> limits = new EnumMap<>(Parameter.class);

    ProcessWindow(String mouldId) {
        this.mouldId = mouldId;
    }

    ProcessWindow with(Parameter p, double nominal, double tolerance) {
        limits.put(p, new Limits(nominal - tolerance, nominal + tolerance));
        return this;
    }

    String mouldId() { return mouldId; }

    Limits limits(Parameter p) { return limits.get(p); }

    /** Checks one parameter of a shot against the window. */
    void check(Shot shot, Parameter p) throws ProcessDeviationException {
        Limits l = limits.get(p);
        if (l == null) {
            return;
        }
        double v = p.valueOf(shot);
        if (!l.contains(v)) {
            throw new ProcessDeviationException(shot, p, v, l.low(), l.high());
        }
    }
}
