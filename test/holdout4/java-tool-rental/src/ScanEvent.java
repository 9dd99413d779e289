import java.util.regex.Pattern;

public class ScanEvent {
    enum Kind { OUT, IN, RENEW }

    private static final Pattern FIELD_SEP = Pattern.compile("\\|");
    private static final Pattern BARCODE = Pattern.compile("TL[0-9]{7}");

    final Kind kind;
    final int day;
    final int customer;
    final String barcode;
    final String depot;

    ScanEvent(Kind kind, int day, int customer, String barcode, String depot) {
        this.kind = kind;
        this.day = day;
        this.customer = customer;
        this.barcode = barcode;
        this.depot = depot;
    }

    private static int digits(String s, int from) {
        int v = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static ScanEvent parse(String line) {
        String[] f = FIELD_SEP.split(line);
        if (f.length != 5 || !BARCODE.matcher(f[3]).matches()) {
            return null;
        }
        Kind kind;
        switch (f[0]) {
            case "OUT": kind = Kind.OUT; break;
            case "IN": kind = Kind.IN; break;
            case "RENEW": kind = Kind.RENEW; break;
            default: return null;
        }
        int day = digits(f[1], 0);
        int customer = digits(f[2], 1);
        if (day < 0 || customer < 0) {
            return null;
        }
        return new ScanEvent(kind, day, customer, f[3], f[4]);
    }
}
