import java.util.ArrayList;
import java.util.List;

/** Replays booking-form submissions as raw string fields. */
public class RequestFeed {
    private long state;
    private static final String[] FIRST = {"Ana", "Bjorn", "Chiara", "Dmitri", "Élodie", "Farah", "Gustav", "Hana", "Ivo", "Jun"};
    private static final String[] LAST = {"O'Neil", "Sørensen", "Van der Berg", "Kowalski", "Nakamura", "Schmidt-Haas", "Ruiz", "Adeyemi"};
    private static final String[] ROOMS = {"STD", "DBL", "TWN", "STE", "FAM"};
    private static final String[] EXTRAS = {"breakfast", "parking", "late-checkout", "crib", "spa", "dinner", "pet"};
    private static final String[] PROMOS = {"", "", "", "SPRING24", "LOYAL10", "CORP-7781", "x", "WEEKEND"};

    public RequestFeed(long seed) { this.state = seed; }

    private int nextInt(int bound) {
        state = state * 2862933555777941757L + 3037000493L;
        return (int) ((state >>> 33) % bound);
    }

    public List<String[]> nextBatch(int n) {
        List<String[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String first = FIRST[nextInt(FIRST.length)];
            String last = LAST[nextInt(LAST.length)];
            String name = (nextInt(5) == 0 ? "  " : "") + first + " " + last + (nextInt(7) == 0 ? " !" : "");
            String email = first.toLowerCase() + "." + nextInt(999) + "@" + (nextInt(10) == 0 ? "mail" : "example.org");
            String guests;
            switch (nextInt(6)) {
                case 0: guests = "2 adults"; break;
                case 1: guests = ""; break;
                case 2: guests = "2+1"; break;
                default: guests = Integer.toString(1 + nextInt(4));
            }
            String children = nextInt(3) == 0 ? "none" : Integer.toString(nextInt(3));
            int day = 1 + nextInt(360);
            int nights = 1 + nextInt(9);
            StringBuilder extras = new StringBuilder();
            int nx = nextInt(5);
            for (int x = 0; x < nx; x++) {
                if (x > 0) extras.append(',');
                if (nextInt(3) == 0) extras.append(1 + nextInt(3)).append(',');
                extras.append(EXTRAS[nextInt(EXTRAS.length)]);
            }
            out.add(new String[] {
                name, email, ROOMS[nextInt(ROOMS.length)], Integer.toString(day), Integer.toString(nights),
                guests, children, PROMOS[nextInt(PROMOS.length)], extras.toString()
            });
        }
        return out;
    }
}
