import java.time.LocalDate;

public class Prescription {
    String rxNumber;
    String patientId;
    String drugCode;
    int quantity;
    int daysSupply;
    int refillsLeft;
    String sig;
    LocalDate lastFill;
    double unitPrice;
    String status;

    static Prescription fromRow(String[] row) {
        Prescription p = new Prescription();
        p.rxNumber = row[0];
        p.patientId = row[1];
        p.drugCode = row[2];
        p.quantity = QuantityParser.parse(row[3], 30);
        p.daysSupply = QuantityParser.parse(row[4], 30);
        p.refillsLeft = QuantityParser.parse(row[5], 0);
        p.sig = row[6];
        p.lastFill = LocalDate.ofEpochDay(Long.parseLong(row[7]));
        p.unitPrice = Double.parseDouble(row[8]);
        p.status = "NEW";
        return p;
    }

    Prescription copy() {
        Prescription p = new Prescription();
        p.rxNumber = rxNumber;
        p.patientId = patientId;
        p.drugCode = drugCode;
        p.quantity = quantity;
        p.daysSupply = daysSupply;
        p.refillsLeft = refillsLeft;
        p.sig = sig;
        p.lastFill = lastFill;
        p.unitPrice = unitPrice;
        p.status = status;
        return p;
    }
}

final class QuantityParser {
    private QuantityParser() {}

    /** Parses a quantity field from the pharmacy system; free-text values fall back to the default. */
    static int parse(String raw, int fallback) {
        String s = raw.trim();
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            int x = s.indexOf('x');
            if (x > 0) {
                try {
                    return Integer.parseInt(s.substring(0, x)) * Integer.parseInt(s.substring(x + 1));
                } catch (NumberFormatException ignored) {
                    return fallback;
                }
            }
            return fallback;
        }
    }
}
