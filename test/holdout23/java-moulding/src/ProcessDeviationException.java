package moulding;

import java.util.Locale;

/** Raised when a shot parameter is outside the process window of its mould. */
public class ProcessDeviationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Parameter parameter;
    private final double value;

    public ProcessDeviationException(Shot shot, Parameter parameter, double value, double low, double high) {
        super(String.format(Locale.ROOT, "press %s mould %s shot %d: %s=%.3f outside alert window [%.3f, %.3f]",
                shot.pressId, shot.mouldId, shot.shotNo, parameter.column(), value, low, high));
        this.parameter = parameter;
        this.value = value;
    }

    public Parameter parameter() { return parameter; }

    public double value() { return value; }
}
