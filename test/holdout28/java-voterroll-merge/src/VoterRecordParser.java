import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Parses the pipe-delimited county extract layout:
 * id|last|first|middle|dob|house|street|city|zip|party|registered|status|last-voted
 */
final class VoterRecordParser {

    private static final int FIELDS = 13;

    VoterRecord parse(String line) {
        String[] f = splitPipes(line);
        if (f.length != FIELDS || f[0].isEmpty()) {
            return null;
        }
        LocalDate dob = parseCountyDate(f[4]);
        LocalDate registered = parseCountyDate(f[10]);
        if (dob == null || registered == null) {
            return null;
        }
        LocalDate lastVoted = f[12].isEmpty() ? null : parseCountyDate(f[12]);
        String house = f[5].trim();
        int number = parseHouseNumber(house);
        String suffix = number < 0 ? "" : house.substring(Integer.toString(number).length()).trim();
        return new VoterRecord(
                f[0],
                normaliseName(f[1]),
                normaliseName(f[2]),
                f[3].trim().toUpperCase(Locale.ROOT),
                dob,
                Math.max(number, 0),
                suffix,
                f[6].trim().toUpperCase(Locale.ROOT),
                f[7].trim().toUpperCase(Locale.ROOT),
                f[8].trim(),
                f[9].isEmpty() ? "UNA" : f[9],
                registered,
                f[11],
                lastVoted);
    }

    static String[] splitPipes(String line) {
        String[] out = new String[FIELDS];
        int n = 0;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|') {
                if (n == FIELDS - 1) {
                    return new String[0];
                }
                out[n++] = line.substring(start, i);
                start = i + 1;
            }
        }
        out[n++] = line.substring(start);
        return n == FIELDS ? out : new String[0];
    }

    static String normaliseName(String raw) {
        String cleaned = raw.trim().toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}' -]", "");
        return cleaned.replace("  ", " ");
    }

    static LocalDate parseCountyDate(String text) {
        try {
            DateTimeFormatter countyFormat = DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.US);
            return LocalDate.parse(text.trim(), countyFormat);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Leading digits of a house number such as "1400", "12B" or "7 1/2"; -1 if none. */
    static int parseHouseNumber(String house) {
        int n = 0;
        int i = 0;
        while (i < house.length() && i < 7) {
            char c = house.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            n = n * 10 + (c - '0');
            i++;
        }
        return i == 0 ? -1 : n;
    }
}
