package ontsync;

import java.text.NumberFormat;
import java.util.Locale;

/** Display formats used in the field-operations report (UK conventions). */
final class Formats {
    private Formats() {}

    private static NumberFormat ukNumber(int fractionDigits) {
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.UK);
        nf.setMinimumFractionDigits(fractionDigits);
        nf.setMaximumFractionDigits(fractionDigits);
        return nf;
    }

    static String dbm(double v) {
        return Double.isNaN(v) ? "-" : ukNumber(2).format(v) + " dBm";
    }

    static String km(double metres) {
        return Double.isNaN(metres) ? "-" : ukNumber(2).format(metres / 1000.0) + " km";
    }

    static String pounds(long pence) {
        return "£" + ukNumber(2).format(pence / 100.0);
    }

    static String ratio(double v) {
        return ukNumber(2).format(v) + ":1";
    }
}
