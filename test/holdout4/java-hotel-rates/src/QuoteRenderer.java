import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/** Renders the plain-text quote that is e-mailed to the guest. */
public class QuoteRenderer {
    private static final Locale HOUSE_LOCALE = Locale.GERMANY;

    static String formatDate(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEE, dd. MMMM yyyy", HOUSE_LOCALE).format(date);
    }

    static String formatMoney(long cents) {
        NumberFormat nf = NumberFormat.getCurrencyInstance(HOUSE_LOCALE);
        nf.setCurrency(Currency.getInstance("EUR"));
        return nf.format(cents / 100.0);
    }

    private static StringBuilder appendCents(StringBuilder sb, long cents) {
        sb.append(cents / 100).append(',');
        long c = cents % 100;
        if (c < 10) sb.append('0');
        return sb.append(c);
    }

    public String render(StayRequest req, Quote q) {
        StringBuilder sb = new StringBuilder(512);
        sb.append("Dear ").append(req.guestName).append(",\n");
        sb.append("Room ").append(req.roomType).append(" for ").append(req.adults).append(" adult(s)");
        if (req.children > 0) {
            sb.append(" and ").append(req.children).append(" child(ren)");
        }
        sb.append('\n');
        sb.append("Arrival:   ").append(formatDate(req.arrival)).append('\n');
        sb.append("Departure: ").append(formatDate(req.arrival.plusDays(req.nights))).append('\n');
        long min = Long.MAX_VALUE, max = 0;
        for (long c : q.nightlyCents) {
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        sb.append("Nightly:   ").append(min / 100).append(" - ").append(max / 100).append(" EUR\n");
        appendCents(sb.append("Subtotal:  "), q.subtotalCents).append(" EUR\n");
        if (q.discountCents > 0) {
            appendCents(sb.append("Promo ").append(req.promo).append(": -"), q.discountCents).append(" EUR\n");
        }
        appendCents(sb.append("City tax:  "), q.cityTaxCents).append(" EUR\n");
        for (Map.Entry<String, Integer> e : req.extras.entrySet()) {
            sb.append("  + ").append(e.getValue()).append(" x ").append(e.getKey()).append('\n');
        }
        sb.append("Total:     ").append(formatMoney(q.totalCents)).append('\n');
        return sb.toString();
    }
}
