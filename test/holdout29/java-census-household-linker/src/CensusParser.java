import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Parses one transcribed household line. Fields are separated by '|', the
 * first six describe the schedule, then each member follows as eight
 * '^'-separated fields, members separated by ';'.
 */
final class CensusParser {
    private static final Logger LOG = Logger.getLogger("census.transcription.ages");
    private int fallbackAges;

    int fallbackAges() { return fallbackAges; }

    Household parseHousehold(String line, int year) {
        String[] f = line.split("\\|", -1);
        if (f.length != 7) return null;
        List<Person> members = new ArrayList<>();
        for (String m : f[6].split(";")) {
            String[] p = m.split("\\^", -1);
            if (p.length != 8) return null;
            int age = parseAge(p[4], f[0], p[0]);
            if (age < 0) return null;
            members.add(new Person(p[0].trim(), p[1].trim().toUpperCase(), p[2], p[3], age, p[5], p[6], p[7]));
        }
        if (members.isEmpty()) return null;
        try {
            return new Household(year, f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4] + ", " + f[5], members);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Age as transcribed, in months. Enumerators wrote years for most people
     * but months ("5m", "3 mo"), weeks ("2w") or days for infants, and
     * transcribers keep marks like "40?" or "abt 60".
     */
    int parseAge(String raw, String piece, String forename) {
        String s = raw.trim();
        int years = 0;
        boolean digits = !s.isEmpty() && s.length() < 4;
        for (int i = 0; digits && i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') digits = false;
            else years = years * 10 + (c - '0');
        }
        if (digits) return years * 12;
        return normaliseTranscribedAge(s, piece, forename);
    }

    private int normaliseTranscribedAge(String s, String piece, String forename) {
        fallbackAges++;
        String t = s.toLowerCase().replace("abt", "").replace("?", "").replace("[", "").replace("]", "").trim();
        int i = 0, n = 0;
        while (i < t.length() && i < 3 && Character.isDigit(t.charAt(i))) n = n * 10 + (t.charAt(i++) - '0');
        int months;
        if (i == 0) {
            months = t.startsWith("inf") ? 0 : -1;
        } else {
            String unit = t.substring(i).trim();
            if (unit.isEmpty()) months = n * 12;
            else if (unit.charAt(0) == 'm') months = n;
            else if (unit.charAt(0) == 'w') months = n / 4;
            else if (unit.charAt(0) == 'd') months = 0;
            else months = n * 12;
        }
        LOG.log(Level.INFO, "{0}: age \"{1}\" for {2} read as {3} months", new Object[]{piece, s, forename, months});
        return months;
    }
}
