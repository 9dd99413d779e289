package ropeway;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders lines of the daily maintenance bulletin in the operator's house style (de-CH). */
public final class ReportFormatter {
    private static final Locale HOUSE = Locale.forLanguageTag("de-CH");

    public String findingLine(Inspection in, WorkOrder order, double daysToLimit) {
        NumberFormat num = NumberFormat.getNumberInstance(HOUSE);
        num.setMinimumFractionDigits(2);
        num.setMaximumFractionDigits(2);
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", HOUSE);
        Asset a = in.asset();
        StringBuilder sb = new StringBuilder(128);
        sb.append(stamp.format(in.takenAt())).append("  ")
                .append(a.position()).append(' ')
                .append(a.component().quantity()).append(' ')
                .append(num.format(in.value())).append(' ').append(a.component().unit())
                .append(" (Grenzwert ").append(num.format(a.component().limit())).append(')');
        if (Double.isFinite(daysToLimit)) {
            sb.append(", Grenzwert in ").append(num.format(daysToLimit)).append(" Tagen");
        }
        sb.append(" -> AU ").append(order.number).append(' ').append(order.priority);
        return sb.toString();
    }

    public static String dayHeader(LocalDate day, int findings, int orders) {
        return "=== Bulletin " + day + ": " + findings + " Befunde, " + orders + " Auftraege ===";
    }
}
