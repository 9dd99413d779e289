package noc;

/** A root-cause incident produced by the correlator. */
final class Incident {
    final Alarm root;
    int symptoms;
    long lastSymptomMillis;
    long clearedAtMillis = -1;

    Incident(Alarm root) {
        this.root = root;
        this.lastSymptomMillis = root.raisedAtMillis;
    }

    /** An immutable copy handed to the ticket stage, which runs on another thread. */
    Incident snapshot() {
        Incident c = new Incident(root);
        c.symptoms = symptoms;
        c.lastSymptomMillis = lastSymptomMillis;
        c.clearedAtMillis = clearedAtMillis;
        return c;
    }
}
