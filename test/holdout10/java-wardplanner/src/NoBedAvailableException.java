/** Raised when a ward cannot take a patient. */
public class NoBedAvailableException extends Exception {
    final String wardId;

    NoBedAvailableException(String wardId, String mrn, boolean isolation) {
        super("no " + (isolation ? "side room" : "bed") + " on " + wardId + " for " + mrn);
        this.wardId = wardId;
    }
}
