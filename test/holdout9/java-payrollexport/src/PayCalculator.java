import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/** Computes gross pay for one timesheet row, applying weekend and overtime premiums per country. */
final class PayCalculator {
    private static final Map<String, Double> WEEKEND_PREMIUM = Map.of("DE", 0.25, "FR", 0.30, "NL", 0.20, "AT", 0.50, "CH", 0.25);
    private static final Map<String, Double> EMPLOYER_CONTRIB = Map.of("DE", 0.207, "FR", 0.42, "NL", 0.19, "AT", 0.213, "CH", 0.128);

    private static final double NIGHT_PREMIUM = 0.25;

    Payslip compute(RawTimesheetRow row) {
        double hours = parseQuantity(row.hours) - parseQuantity(row.breakHours);
        double overtime = parseQuantity(row.overtime);
        double nightHours = parseQuantity(row.nightHours);
        double rate = parseQuantity(row.hourlyRate);
        double allowance = parseQuantity(row.allowance);
        LocalDate date = LocalDate.parse(row.workDate);

        double base = hours * rate;
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            base *= 1 + WEEKEND_PREMIUM.getOrDefault(row.country, 0.0);
        }
        double overtimePay = overtime * rate * 1.5 + nightHours * rate * NIGHT_PREMIUM;
        double gross = Math.round((base + overtimePay + allowance) * 100) / 100.0;
        double employerCost = Math.round(gross * (1 + EMPLOYER_CONTRIB.getOrDefault(row.country, 0.2)) * 100) / 100.0;
        return new Payslip(row.employeeId, row.costCentre, row.country, date, hours + overtime, gross, employerCost);
    }

    /** Upstream sends whole numbers for most fields and decimals for some; try the cheap integer parse first. */
    static double parseQuantity(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notAnInteger) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException bad) {
                return 0.0;
            }
        }
    }
}
