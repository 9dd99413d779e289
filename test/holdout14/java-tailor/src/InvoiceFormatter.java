import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** Renders a customer's invoice in their own language and currency style. */
public class InvoiceFormatter {

    String formatMoney(BigDecimal amount, Locale locale) {
        NumberFormat nf = NumberFormat.getCurrencyInstance(locale);
        nf.setMinimumFractionDigits(2);
        return nf.format(amount);
    }

    String formatDate(LocalDate date, Locale locale) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return f.format(date);
    }

    String render(GarmentOrder order, List<PriceCalculator.Line> lines) {
        Locale loc = order.getCustomerLocale();
        StringBuilder sb = new StringBuilder(512);
        sb.append("Invoice ").append(order.getOrderNo()).append('\n');
        sb.append("Ready for fitting: ").append(formatDate(order.getPromised(), loc)).append('\n');
        BigDecimal total = BigDecimal.ZERO;
        for (PriceCalculator.Line l : lines) {
            sb.append("  ").append(l.description);
            for (int pad = l.description.length(); pad < 36; pad++) {
                sb.append(' ');
            }
            sb.append(formatMoney(l.amount, loc)).append('\n');
            total = total.add(l.amount);
        }
        sb.append("  TOTAL").append(" ".repeat(31)).append(formatMoney(total, loc)).append('\n');
        return sb.toString();
    }
}
