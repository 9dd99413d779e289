import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Prices the week's lessons per family and renders the invoices. */
final class Invoicing {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd.MM.", Locale.GERMANY);
    private static final ThreadLocal<NumberFormat> EUR =
        ThreadLocal.withInitial(() -> NumberFormat.getCurrencyInstance(Locale.GERMANY));

    static final double GROUP_HALF_DAY = 62.0;
    static final double PRIVATE_HALF_DAY = 210.0;

    record Invoice(String family, double total, String text) {}

    static double price(Booking b, int daysBookedByPupil) {
        double p = b.privateLesson() ? PRIVATE_HALF_DAY : GROUP_HALF_DAY;
        if (b.child()) {
            p *= 0.9;
        }
        if (daysBookedByPupil >= 5) {
            p *= 0.85;
        } else if (daysBookedByPupil >= 3) {
            p *= 0.93;
        }
        if (b.voucher() != null) {
            p *= 0.85;
        }
        return Math.round(p * 100) / 100.0;
    }

    static List<Invoice> invoices(List<Booking> bookings) {
        Map<String, List<Booking>> byFamily = new TreeMap<>();
        Map<String, Integer> daysPerPupil = new HashMap<>();
        for (Booking b : bookings) {
            byFamily.computeIfAbsent(b.family(), k -> new ArrayList<>()).add(b);
            if (b.slot() == 0 || b.age() >= 6) {
                daysPerPupil.merge(b.family() + '/' + b.pupil(), b.slot() == 0 ? 1 : 0, Integer::sum);
            }
        }
        NumberFormat eur = EUR.get();
        List<Invoice> out = new ArrayList<>(byFamily.size());
        StringBuilder sb = new StringBuilder(2048);
        for (Map.Entry<String, List<Booking>> e : byFamily.entrySet()) {
            sb.setLength(0);
            sb.append("Invoice ").append(e.getKey()).append('\n');
            double total = 0;
            LocalDate lastDay = null;
            for (Booking b : e.getValue()) {
                double p = price(b, daysPerPupil.getOrDefault(b.family() + '/' + b.pupil(), 1));
                total += p;
                if (!b.date().equals(lastDay)) {
                    sb.append(DAY.format(b.date())).append('\n');
                    lastDay = b.date();
                }
                sb.append("  ").append(b.pupil()).append(b.slot() == 0 ? " AM " : " PM ")
                  .append(b.privateLesson() ? "private " : "group ").append(eur.format(p)).append('\n');
            }
            sb.append("Total ").append(eur.format(total)).append('\n');
            out.add(new Invoice(e.getKey(), total, sb.toString()));
        }
        return out;
    }
}
