package berthplan;

/** Raised when a container may not be stowed in a candidate slot. */
public class StowageRuleViolation extends Exception {
    private static final long serialVersionUID = 1L;

    private final String unNumber;
    private final String conflictingUn;

    public StowageRuleViolation(String message, String unNumber, String conflictingUn) {
        super(message);
        this.unNumber = unNumber;
        this.conflictingUn = conflictingUn;
    }

    public String getUnNumber() { return unNumber; }
    public String getConflictingUn() { return conflictingUn; }
}
