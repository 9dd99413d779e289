import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/** Renders the grower receipt printed at the scale house. */
public final class ReportRenderer {
    private static final Locale GROWER_LOCALE = Locale.GERMANY;

    String receipt(WeighTicket t) {
        StringBuilder b = new StringBuilder(256);
        b.append("Wiegeschein ").append(t.id).append('\n');
        b.append("Zeit:    ").append(formatTimestamp(t.weighedAt)).append('\n');
        b.append("Lage:    ").append(t.blockName).append(" (#").append(t.block).append(")\n");
        b.append("Sorte:   ").append(t.variety).append('\n');
        b.append("Gewicht: ").append(formatQuantity(t.tonnes * 1000.0)).append(" kg\n");
        b.append("Mostgew: ").append(formatQuantity(t.brix)).append(" °Bx\n");
        b.append("Zucker:  ").append(formatQuantity(t.sugarKg())).append(" kg\n");
        b.append("Team:    ").append(t.crew).append('\n');
        return b.toString();
    }

    private static String formatTimestamp(Date d) {
        SimpleDateFormat fmt = new SimpleDateFormat("dd.MM.yyyy HH:mm:ss", GROWER_LOCALE);
        fmt.setTimeZone(TimeZone.getTimeZone("Europe/Berlin"));
        return fmt.format(d);
    }

    private static String formatQuantity(double v) {
        NumberFormat nf = NumberFormat.getNumberInstance(GROWER_LOCALE);
        nf.setMinimumFractionDigits(1);
        nf.setMaximumFractionDigits(2);
        return nf.format(v);
    }
}
