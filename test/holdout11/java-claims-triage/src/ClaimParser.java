import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** Parses the pipe separated first-notice-of-loss export. */
final class ClaimParser {
    static final int MISSING = -1;

    private static final Map<String, Locale> LOCALES = Map.of(
        "DE", Locale.GERMANY, "AT", new Locale("de", "AT"), "FR", Locale.FRANCE, "NL", new Locale("nl", "NL"),
        "IT", Locale.ITALY, "ES", new Locale("es", "ES"), "BE", new Locale("fr", "BE"), "CH", new Locale("de", "CH"));

    static final class MalformedClaimException extends Exception {
        MalformedClaimException(String msg) {
            super(msg);
        }
    }

    Claim parse(String line) throws MalformedClaimException {
        String[] f = split(line);
        if (f.length != 14) {
            throw new MalformedClaimException("expected 14 fields, got " + f.length + ": " + line);
        }
        Locale locale = LOCALES.get(f[2]);
        if (locale == null) {
            throw new MalformedClaimException("unknown country " + f[2]);
        }
        return new Claim(
            f[0], f[1], locale, f[3],
            LocalDate.parse(f[4]), LocalDate.parse(f[5]),
            Double.parseDouble(f[6]),
            optionalInt(f[7]), optionalInt(f[8]), optionalInt(f[9]), optionalInt(f[10]), optionalInt(f[11]),
            f[12], f[13]);
    }

    /** Optional numeric fields arrive as digits, blank, "N/A", "-" or free text. */
    private static int optionalInt(String field) {
        int n = field.length();
        if (n == 0 || n > 9) {
            return MISSING;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            char ch = field.charAt(i);
            if (ch < '0' || ch > '9') {
                return MISSING;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    private static String[] split(String line) {
        String[] out = new String[14];
        int n = 0, start = 0;
        for (int i = 0; i < line.length() && n < 13; i++) {
            if (line.charAt(i) == '|') {
                out[n++] = line.substring(start, i);
                start = i + 1;
            }
        }
        out[n++] = line.substring(start);
        if (n < out.length) {
            String[] shorter = new String[n];
            System.arraycopy(out, 0, shorter, 0, n);
            return shorter;
        }
        return out;
    }
}
