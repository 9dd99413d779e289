package noc;

/** A decoded alarm or clear notification from one network element. */
final class Alarm {
    static final byte CLEARED = 0, WARNING = 1, MINOR = 2, MAJOR = 3, CRITICAL = 4;

    final int element;
    final short code;
    final byte severity;
    final long raisedAtMillis;
    final long sequence;
    final String text;

    Alarm(int element, short code, byte severity, long raisedAtMillis, long sequence, String text) {
        this.element = element;
        this.code = code;
        this.severity = severity;
        this.raisedAtMillis = raisedAtMillis;
        this.sequence = sequence;
        this.text = text;
    }

    boolean isClear() {
        return severity == CLEARED;
    }
}
