import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

public class StayRequest {
    final String guestName;
    final String email;
    final String roomType;
    final LocalDate arrival;
    final int nights;
    final int adults;
    final int children;
    final String promo;
    final Map<String, Integer> extras;

    StayRequest(String guestName, String email, String roomType, LocalDate arrival, int nights,
                int adults, int children, String promo, Map<String, Integer> extras) {
        this.guestName = guestName;
        this.email = email;
        this.roomType = roomType;
        this.arrival = arrival;
        this.nights = nights;
        this.adults = adults;
        this.children = children;
        this.promo = promo;
        this.extras = extras;
    }

    private static int parseCount(String value, int fallback) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Parses "2,breakfast,parking,1,spa": a number sets the quantity of the add-on that follows. */
    static Map<String, Integer> parseExtras(String list) {
        Map<String, Integer> extras = new LinkedHashMap<>();
        if (list.isEmpty()) {
            return extras;
        }
        int qty = 1;
        for (String token : list.split(",")) {
            if (isDigits(token)) {
                qty = Integer.parseInt(token);
            } else {
                extras.merge(token, qty, Integer::sum);
                qty = 1;
            }
        }
        return extras;
    }

    /** Builds a request from the booking form fields; returns null when the form is unusable. */
    static StayRequest fromForm(String[] f) {
        String name = f[0].trim().replaceAll("[^\\p{L} '\\-]", "").replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            return null;
        }
        if (!f[1].matches("[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}")) {
            return null;
        }
        int day = parseCount(f[3], 1);
        int nights = parseCount(f[4], 1);
        int adults = parseCount(f[5], 2);
        int children = parseCount(f[6], 0);
        LocalDate arrival = LocalDate.of(2025, 1, 1).plusDays(day);
        return new StayRequest(name, f[1], f[2], arrival, nights, adults, children, f[7], parseExtras(f[8]));
    }
}
