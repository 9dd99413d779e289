import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;

/** Renders an invoice as a localized plain-text document for e-mail delivery. */
final class InvoiceRenderer {

    private static NumberFormat moneyFormat(Invoice inv) {
        NumberFormat fmt = NumberFormat.getCurrencyInstance(inv.customer().locale());
        fmt.setCurrency(Currency.getInstance(inv.customer().currency()));
        return fmt;
    }

    private static String date(LocalDate d, Invoice inv) {
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern("d MMMM uuuu", inv.customer().locale());
        return fmt.format(d);
    }

    String render(Invoice inv) {
        NumberFormat money = moneyFormat(inv);
        StringBuilder sb = new StringBuilder(1024);
        sb.append("INVOICE ").append(inv.number()).append('\n');
        sb.append(inv.customer().name()).append(" (").append(inv.customer().id()).append(")\n");
        sb.append("Issued: ").append(date(inv.issued(), inv)).append('\n');
        sb.append("Due:    ").append(date(inv.due(), inv)).append('\n');
        sb.append('\n');
        for (LineItem li : inv.lines()) {
            sb.append(String.valueOf(li.description()));
            int pad = Math.max(1, 44 - li.description().length());
            sb.append(" ".repeat(pad));
            sb.append(li.quantity().toPlainString()).append(" x ").append(money.format(li.unitPrice()));
            sb.append("  ").append(money.format(li.amount())).append('\n');
        }
        sb.append('\n');
        sb.append("Subtotal: ").append(money.format(inv.subtotal())).append('\n');
        if (inv.discount().signum() != 0) {
            sb.append("Discount: -").append(money.format(inv.discount())).append('\n');
        }
        sb.append("Tax:      ").append(money.format(inv.tax())).append('\n');
        sb.append("Total:    ").append(money.format(inv.total())).append('\n');
        return sb.toString();
    }
}
