package yarddwell;

/** A gate-in or gate-out of one container at the terminal, with its yard position. */
public final class GateMove {
    public enum Kind { GATE_IN, GATE_OUT, VESSEL_DISCHARGE, VESSEL_LOAD }

    final String containerNo;
    final String lineOperator;
    final Kind kind;
    final long epochMinute;
    final String block;
    final boolean reefer;
    final boolean full;

    GateMove(String containerNo, String lineOperator, Kind kind, long epochMinute, String block, boolean reefer, boolean full) {
        this.containerNo = containerNo;
        this.lineOperator = lineOperator;
        this.kind = kind;
        this.epochMinute = epochMinute;
        this.block = block;
        this.reefer = reefer;
        this.full = full;
    }

    boolean arrival() {
        return kind == Kind.GATE_IN || kind == Kind.VESSEL_DISCHARGE;
    }
}
