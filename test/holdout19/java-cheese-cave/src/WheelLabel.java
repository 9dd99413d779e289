package affinage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label burned into each wheel's rind: dairy, year and month of make,
 * vat and day code, wheel serial and an optional re-label suffix when a
 * wheel's original label was damaged, e.g. {@code GRU-2403-317-W0173/R2}.
 */
record WheelLabel(String dairy, int year, int month, int vatCode, int serial, int relabel) {

    static final String SYNTAX = "^([A-Z]{3})-(\\d{2})(\\d{2})-(\\d{3})-W(\\d{4})(?:/R(\\d))?$";

    static WheelLabel parse(String text) {
        Matcher m = Pattern.compile(SYNTAX).matcher(text);
        if (!m.matches()) {
            return null;
        }
        return new WheelLabel(m.group(1),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
    }
}
