package org.example.catalog;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/** Turns one supplier record into a {@link Product}, or null when the record is unusable. */
final class RecordParser {

    Product parse(String line) {
        String[] fields = line.split("\\s*\\|\\s*");
        if (fields.length < 7) {
            return null;
        }
        String sku = fields[0].trim();
        if (!sku.matches("[A-Z]{3}-\\d{5}")) {
            return null;
        }
        long priceCents = parsePrice(fields[2]);
        int stock = parseStock(fields[3]);
        Map<String, String> attributes = parseAttributes(fields[5]);
        int weightKg = Measures.measure(attributes, "weight");
        int warrantyYears = Measures.measure(attributes, "warranty");
        int powerWatts = Measures.measure(attributes, "power");
        int depthCm = Measures.measure(attributes, "depth");
        int heightCm = Measures.measure(attributes, "height");
        if (weightKg > 30 || depthCm > 80 || heightCm > 100) {
            attributes.put("freight", "bulky");
        }
        if (powerWatts > 900 && warrantyYears < 2) {
            attributes.put("review", "power-warranty");
        }
        String[] tokens = tokenize(fields[6]);
        CRC32 crc = new CRC32();
        crc.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Product(sku, fields[1], priceCents, stock, fields[4].trim(), attributes, tokens, crc.getValue());
    }

    private static long parsePrice(String raw) {
        int start = 0;
        while (start < raw.length() && !Character.isDigit(raw.charAt(start))) {
            start++;
        }
        long units = 0;
        long cents = 0;
        int i = start;
        for (; i < raw.length() && raw.charAt(i) != '.'; i++) {
            units = units * 10 + (raw.charAt(i) - '0');
        }
        for (i++; i < raw.length(); i++) {
            cents = cents * 10 + (raw.charAt(i) - '0');
        }
        return units * 100 + cents;
    }

    private static int parseStock(String raw) {
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException notANumber) {
            return Measures.leadingDigits(raw.trim());
        }
    }

    private static Map<String, String> parseAttributes(String raw) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(\\w+)\\s*=\\s*([^;]+)").matcher(raw);
        while (m.find()) {
            attributes.put(m.group(1), m.group(2).trim());
        }
        return attributes;
    }

    private static String[] tokenize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int count = 0;
        String[] tokens = new String[16];
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (count == tokens.length) {
                    tokens = java.util.Arrays.copyOf(tokens, count * 2);
                }
                tokens[count++] = lower.substring(start, i);
                start = -1;
            }
        }
        return java.util.Arrays.copyOf(tokens, count);
    }
}
