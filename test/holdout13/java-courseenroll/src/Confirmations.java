import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.text.NumberFormat;
import java.util.Locale;

/** Human-readable confirmation lines shown in the portal and e-mailed to students. */
final class Confirmations {
    private Confirmations() {}

    static String describe(Catalog.Section sec, LocalDate termStart) {
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);
        StringBuilder sb = new StringBuilder(96);
        sb.append("Enrolled in ").append(sec.code).append(" (").append(sec.title).append("), first class ")
          .append(sec.firstMeeting(termStart).format(fmt)).append(" in ").append(sec.room);
        return sb.toString();
    }

    static String formatFee(double euros) {
        NumberFormat nf = NumberFormat.getCurrencyInstance(new Locale("en", "IE"));
        return nf.format(euros);
    }

    /** One row of the weekly timetable attached to every portal response. */
    static String timetableRow(Catalog.Section sec, LocalDate termStart) {
        DateTimeFormatter dayTime = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.UK);
        LocalDateTime first = sec.firstMeeting(termStart);
        return first.format(dayTime) + "-" + first.plusMinutes(sec.minutes).toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm", Locale.UK))
                + "  " + sec.code + "  " + sec.room + "  " + formatFee(sec.minutes * 13.75 * 12);
    }
}
