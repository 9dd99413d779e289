import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes the overdue notice text sent to customers. */
public class NoticeWriter {
    private static final LocalDate EPOCH = LocalDate.of(2025, 3, 1);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final StringBuilder sb = new StringBuilder(256);

    String render(Rental rental, int today) {
        int late = today - rental.due;
        int fine = Math.min(late * RentalLedger.FINE_PER_DAY_CENTS, 9000);
        sb.setLength(0);
        sb.append("Customer C").append(rental.customer).append('\n');
        sb.append("Tool ").append(rental.barcode).append(" from ").append(rental.depot).append(" depot\n");
        sb.append("was due on ").append(DATE.format(EPOCH.plusDays(rental.due)));
        sb.append(" and is ").append(late).append(late == 1 ? " day" : " days").append(" overdue.\n");
        sb.append("Late fee so far: ").append(fine / 100).append('.');
        if (fine % 100 < 10) {
            sb.append('0');
        }
        sb.append(fine % 100).append(" GBP\n");
        return sb.toString();
    }
}
