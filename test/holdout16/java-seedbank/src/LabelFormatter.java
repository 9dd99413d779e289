package seedbank;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats numbers for a partner genebank's locale. */
final class LabelFormatter {
    enum Style {
        PERCENT("0.0%", ""),
        GRAMS("#,##0.0", " g");

        final String pattern;
        final String suffix;

        Style(String pattern, String suffix) {
            this.pattern = pattern;
            this.suffix = suffix;
        }
    }

    private final Locale locale;

    LabelFormatter(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String format(double value, Style style) {
        DecimalFormat df = new DecimalFormat(style.pattern, DecimalFormatSymbols.getInstance(locale));
        return df.format(value) + style.suffix;
    }
}
