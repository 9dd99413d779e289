package ontsync;

/** Conversions of the element manager's reading fields. */
final class Readings {
    private Readings() {}

    /** Optical levels, temperatures and the like; unavailable readings become NaN. */
    static double level(String raw) {
        try {
            return Double.parseDouble(raw);
        } catch (NumberFormatException notAReading) {
            return Double.NaN;
        }
    }

    /** Error counters; unavailable counters become -1. */
    static long counter(String raw) {
        if (raw == null || raw.isEmpty() || raw.charAt(0) == 'N') {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static int smallInt(String raw) {
        int v = 0;
        for (int i = 0; i < raw.length(); i++) {
            v = v * 10 + (raw.charAt(i) - '0');
        }
        return v;
    }

    /** Money in pounds with two decimals, returned in pence. */
    static long pence(String raw) {
        int dot = raw.indexOf('.');
        if (dot < 0) {
            return smallInt(raw) * 100L;
        }
        return smallInt(raw.substring(0, dot)) * 100L + smallInt(raw.substring(dot + 1));
    }
}
