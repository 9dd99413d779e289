package org.ringing.prover;

/** A method: its plain lead and the lead-end changes for bobs and singles. */
public final class RingingMethod {
    public enum Call { PLAIN, BOB, SINGLE }

    private final String name;
    private final int stage;
    private final int[][] lead;
    private final int[] bobEnd;
    private final int[] singleEnd;

    public RingingMethod(String name, int stage, String notation, String bob, String single) {
        this.name = name;
        this.stage = stage;
        this.lead = PlaceNotation.parse(notation, stage);
        this.bobEnd = PlaceNotation.change(bob, stage);
        this.singleEnd = PlaceNotation.change(single, stage);
    }

    public String name() { return name; }
    public int stage() { return stage; }
    public int leadLength() { return lead.length; }

    /** The change to ring at index i of a lead under the given call. */
    public int[] change(int i, Call call) {
        if (i == lead.length - 1) {
            if (call == Call.BOB) {
                return bobEnd;
            }
            if (call == Call.SINGLE) {
                return singleEnd;
            }
        }
        return lead[i];
    }
}
