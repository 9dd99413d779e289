import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Generates a season's worth of orders as they would arrive at the shop. */
public class OrderBook {
    private static final String[] GARMENTS = {"jacket", "jacket", "trousers", "trousers", "waistcoat", "overcoat"};
    private static final String[] CLOTHS = {"super-120s worsted", "donegal tweed", "flannel", "linen", "cashmere blend", "mohair"};
    private static final String[] PRICES = {"68.00", "54.00", "49.50", "38.00", "145.00", "92.00"};
    private static final String[] EXTRA_NAMES = {"horn-buttons", "silk-lining", "working-cuffs", "monogram", "ticket-pocket", "half-canvas"};
    private static final Locale[] LOCALES = {Locale.UK, Locale.GERMANY, Locale.FRANCE, Locale.ITALY, Locale.JAPAN,
            Locale.US, new Locale("es", "ES"), new Locale("nl", "NL"), new Locale("sv", "SE"), Locale.CANADA_FRENCH};
    private static final String[] POSTURES = {"upright", "upright", "stooped", "sway-back", "erect"};

    static List<String> customers(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add("cust" + (1000 + i));
        }
        return out;
    }

    static String passwordFor(String login) {
        return "pw-" + new StringBuilder(login).reverse() + "-" + login.length();
    }

    static String orderNumber(int seq) {
        String digits = Integer.toString(seq);
        StringBuilder sb = new StringBuilder(8).append('T');
        for (int i = digits.length(); i < 6; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    static List<GarmentOrder> generate(Random rnd, List<String> customers, int count) {
        List<GarmentOrder> out = new ArrayList<>(count);
        LocalDate base = LocalDate.of(2024, 1, 8);
        for (int i = 0; i < count; i++) {
            String login = customers.get(rnd.nextInt(customers.size()));
            int clothIdx = rnd.nextInt(CLOTHS.length);
            Measurements m = new Measurements(
                    88 + rnd.nextGaussian() * 8, 80 + rnd.nextGaussian() * 9, 96 + rnd.nextGaussian() * 7,
                    44 + rnd.nextGaussian() * 3, 62 + rnd.nextGaussian() * 3, 79 + rnd.nextGaussian() * 5,
                    39 + rnd.nextGaussian() * 2, POSTURES[rnd.nextInt(POSTURES.length)]);
            List<String> extras = new ArrayList<>();
            for (String e : EXTRA_NAMES) {
                if (rnd.nextInt(3) == 0) {
                    extras.add(e);
                }
            }
            out.add(new GarmentOrder(orderNumber(i), login, passwordFor(login),
                    GARMENTS[rnd.nextInt(GARMENTS.length)], CLOTHS[clothIdx], new BigDecimal(PRICES[clothIdx]),
                    rnd.nextBoolean() ? 150 : 140, m, extras, LOCALES[rnd.nextInt(LOCALES.length)],
                    base.plusDays(rnd.nextInt(300)), rnd.nextInt(100) < 20));
        }
        return out;
    }
}
