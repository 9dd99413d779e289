package org.example.catalog;

import java.util.Map;

/** Numeric attributes such as weight=12kg, warranty=3y, power=1200W. */
final class Measures {
    private Measures() {}

    static int parseStrict(String name, String raw) throws MeasureFormatException {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new MeasureFormatException(name, raw, e);
        }
    }

    static int leadingDigits(String raw) {
        int end = 0;
        while (end < raw.length() && Character.isDigit(raw.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(raw, 0, end, 10);
    }

    static int measure(Map<String, String> attributes, String name) {
        String raw = attributes.getOrDefault(name, "0");
        try {
            return parseStrict(name, raw);
        } catch (MeasureFormatException withUnit) {
            return leadingDigits(raw);
        }
    }
}
