package innbooking;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** Renders guest-facing invoices and quotes in the guest's own locale. */
public final class InvoiceFormatter {
    private static final Currency EUR = Currency.getInstance("EUR");

    public String money(long cents, Locale locale) {
        NumberFormat nf = NumberFormat.getCurrencyInstance(locale);
        nf.setCurrency(EUR);
        return nf.format(cents / 100.0);
    }

    public String date(LocalDate d, Locale locale) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        return f.format(d);
    }

    public String invoice(Booking b, Guest g, Room r) {
        Locale loc = g.getLocale();
        StringBuilder sb = new StringBuilder(512);
        sb.append("INVOICE ").append(b.getId()).append(" rev ").append(b.getRevision()).append('\n');
        sb.append(g.getFullName()).append(" - ").append(r.property()).append(", room ").append(r.id())
          .append(" (").append(r.type()).append(r.seaView() ? ", sea view" : "").append(")\n");
        LocalDate d = b.getCheckIn();
        long net = 0;
        for (long c : b.getNightlyCents()) {
            sb.append("  ").append(date(d, loc)).append("  ").append(money(c, loc)).append('\n');
            net += c;
            d = d.plusDays(1);
        }
        long vat = RateCalculator.vat(net);
        long city = RateCalculator.cityTax(b.getNights(), b.getGuests());
        sb.append("  subtotal ").append(money(net, loc)).append('\n');
        sb.append("  VAT 9% ").append(money(vat, loc)).append('\n');
        sb.append("  city tax ").append(money(city, loc)).append('\n');
        sb.append("  TOTAL ").append(money(net + vat + city, loc)).append('\n');
        return sb.toString();
    }
}
