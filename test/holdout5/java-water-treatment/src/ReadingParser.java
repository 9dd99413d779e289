import java.util.regex.Matcher;
import java.util.regex.Pattern;

class ReadingParser {
    private static final Pattern SENSOR = Pattern.compile("S[0-9]{3}");

    Reading parse(String line) {
        String[] f = split(line);
        if (f == null || f[0].isEmpty() || f[0].charAt(0) != 'B') {
            return null;
        }
        Matcher m = SENSOR.matcher(f[1]);
        if (!m.matches()) {
            return null;
        }
        return new Reading(Integer.parseInt(f[0], 1, f[0].length(), 10), f[1], Long.parseLong(f[2]),
                Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                Integer.parseInt(f[6]));
    }

    private static String[] split(String line) {
        String[] out = new String[7];
        int field = 0, start = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ';') {
                if (field >= 6) {
                    return null;
                }
                out[field++] = line.substring(start, i);
                start = i + 1;
            }
        }
        if (field != 6) {
            return null;
        }
        out[6] = line.substring(start);
        return out;
    }
}
