import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/** Generates and imports the booking export of the online shop. */
final class BookingImporter {
    static final String[] LANGUAGES = {"de", "en", "en", "en", "nl", "fr", "it", "pl", "cs"};
    static final String[] MEETING_POINTS = {"Valley Station", "Sunny Plateau", "Kids Park", "Glacier Lift", "Village Square"};
    private static final String[] FAMILY = {"Muller", "Jansen", "Smith", "Dubois", "Rossi", "Novak", "Kowalski", "Berg", "Meyer", "Brown", "Visser", "Moreau"};
    private static final String[] FIRST = {"Anna", "Ben", "Clara", "David", "Emma", "Finn", "Greta", "Hugo", "Ida", "Jonas", "Lea", "Max", "Nora", "Oskar", "Paula", "Tim"};
    private static final Pattern VOUCHER = Pattern.compile("[A-Z]{3}-\\d{4}");

    static List<String> export(int families, LocalDate weekStart, long seed) {
        Random rng = new Random(seed);
        List<String> lines = new ArrayList<>(families * 8);
        StringBuilder sb = new StringBuilder(160);
        int id = 0;
        for (int f = 0; f < families; f++) {
            String family = FAMILY[rng.nextInt(FAMILY.length)] + "-" + (1000 + f);
            String lang = LANGUAGES[rng.nextInt(LANGUAGES.length)];
            int members = 1 + rng.nextInt(4);
            int firstDay = rng.nextInt(3);
            int days = 2 + rng.nextInt(4);
            String voucher = rng.nextInt(10) == 0 ? "WIN-" + (1000 + rng.nextInt(9000)) : "";
            for (int m = 0; m < members; m++) {
                int age = m < 2 && members > 2 ? 30 + rng.nextInt(20) : 4 + rng.nextInt(40);
                int level = Math.min(6, 1 + (int) Math.abs(rng.nextGaussian() * 1.8));
                boolean priv = rng.nextInt(12) == 0;
                String discipline = rng.nextInt(5) == 0 ? "SNOWBOARD" : "SKI";
                String name = FIRST[rng.nextInt(FIRST.length)];
                for (int d = firstDay; d < Math.min(7, firstDay + days); d++) {
                    for (int slot = 0; slot < 2; slot++) {
                        if (slot == 1 && age < 6) {
                            continue; // small children only ski in the morning
                        }
                        sb.setLength(0);
                        sb.append('B').append(++id).append(';')
                          .append(family).append(';')
                          .append(name).append(';')
                          .append(age).append(';')
                          .append(level).append(';')
                          .append(discipline).append(';')
                          .append(lang).append(';')
                          .append(weekStart.plusDays(d)).append(';')
                          .append(slot == 0 ? "AM" : "PM").append(';')
                          .append(priv ? "PRIVATE" : "GROUP").append(';')
                          .append(MEETING_POINTS[age < 8 ? 2 : rng.nextInt(MEETING_POINTS.length)]).append(';')
                          .append(voucher);
                        lines.add(sb.toString());
                    }
                }
            }
        }
        return lines;
    }

    static Booking parse(String line) {
        String[] f = new String[12];
        int n = 0, start = 0;
        for (int i = 0; i < line.length() && n < 11; i++) {
            if (line.charAt(i) == ';') {
                f[n++] = line.substring(start, i);
                start = i + 1;
            }
        }
        f[n++] = line.substring(start);
        if (n != 12) {
            return null;
        }
        String voucher = f[11].isEmpty() || !VOUCHER.matcher(f[11]).matches() ? null : f[11];
        return new Booking(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5], f[6],
            LocalDate.parse(f[7]), f[8].equals("AM") ? 0 : 1, f[9].equals("PRIVATE"), f[10], voucher);
    }
}
