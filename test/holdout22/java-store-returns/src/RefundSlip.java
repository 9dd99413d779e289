package storereturns;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders the customer's refund slip in the store's language. */
final class RefundSlip {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private RefundSlip() {
    }

    static String money(long cents, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        String amount = format.format(cents / 100.0);
        return locale.getLanguage().equals("fr") ? amount + " $" : "$" + amount;
    }

    static String render(ReturnService.RefundDecision d, SalesLedger.Store store) {
        Locale locale = store.locale();
        boolean french = locale.getLanguage().equals("fr");
        StringBuilder sb = new StringBuilder(512);
        sb.append(store.name()).append('\n');
        sb.append(french ? "Remboursement " : "Refund ").append(d.requestId)
                .append("  ").append(DATE.format(d.requestDate)).append('\n');
        if (d.receiptNumber != null) {
            sb.append(french ? "Recu original " : "Original receipt ").append(d.receiptNumber).append('\n');
        }
        for (ReturnService.RefundLine line : d.lines) {
            sb.append(String.valueOf(line.quantity())).append(" x ").append(line.sku()).append("  ")
                    .append(money(line.refundCents(), locale)).append('\n');
            if (line.restockingCents() > 0) {
                sb.append(french ? "  Frais de restockage " : "  Restocking fee ")
                        .append(money(-line.restockingCents(), locale)).append('\n');
            }
        }
        sb.append(french ? "Sous-total " : "Subtotal ").append(money(d.subtotalCents, locale)).append('\n');
        sb.append(french ? "Taxes " : "Tax ").append(money(d.taxCents, locale)).append('\n');
        sb.append(french ? "Total rembourse " : "Total refunded ").append(money(d.totalCents, locale))
                .append(" (").append(d.refundTender).append(")\n");
        for (String reason : d.rejections) {
            sb.append(french ? "Refuse: " : "Declined: ").append(reason).append('\n');
        }
        return sb.toString();
    }
}
