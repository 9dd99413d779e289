import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

public class StatementWriter {
    private static final Locale RESORT_LOCALE = Locale.forLanguageTag("de-CH");

    String statementLine(String passId, UsageLedger.PassUsage u) {
        double price = tariff(u);
        return String.format("%-14s | %-8s | %3d rides, %7d m | %s - %s | %s",
                passId, u.type, u.rides, u.vertical, stamp(u.first), stamp(u.last), money(price));
    }

    private String stamp(LocalDateTime t) {
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern("EEE dd.MM.yyyy HH:mm", RESORT_LOCALE);
        return fmt.format(t);
    }

    private String money(double chf) {
        NumberFormat nf = NumberFormat.getCurrencyInstance(RESORT_LOCALE);
        return nf.format(chf);
    }

    private double tariff(UsageLedger.PassUsage u) {
        double base;
        switch (u.type) {
            case "DAY": base = 79.0; break;
            case "HALFDAY": base = 58.0; break;
            case "WEEK": base = 64.0; break;
            case "CHILD": base = 39.5; break;
            default: base = 0.0;
        }
        if (u.age >= 0 && u.age < 20) base *= 0.85;
        if (u.age >= 65) base *= 0.9;
        return Math.round(base * 20.0) / 20.0;
    }
}
