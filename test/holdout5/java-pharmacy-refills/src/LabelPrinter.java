import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

public class LabelPrinter {
    private final StringBuilder sb = new StringBuilder(256);

    String render(Prescription rx, RefillDecision d) {
        sb.setLength(0);
        sb.append("Rx ").append(rx.rxNumber).append('\n');
        sb.append(d.drugName).append("  qty ").append(rx.quantity).append('\n');
        sb.append(rx.sig.toUpperCase()).append('\n');
        sb.append("Filled: ").append(formatDate(rx.lastFill)).append('\n');
        sb.append("Discard after: ").append(formatDate(rx.lastFill.plusDays(365))).append('\n');
        sb.append("Refills left: ").append(rx.refillsLeft).append('\n');
        sb.append("Copay: $").append(d.copay).append('\n');
        return sb.toString();
    }

    private static String formatDate(LocalDate date) {
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern("MMM dd, yyyy");
        return fmt.format(date);
    }
}
