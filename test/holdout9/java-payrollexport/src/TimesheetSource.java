import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic HR system feed: one raw row per employee per working day, values as text like the upstream CSV. */
final class TimesheetSource {
    private static final String[] CENTRES = {"OPS-NORTH", "OPS-SOUTH", "LOGISTICS", "RETAIL", "SUPPORT", "FINANCE"};
    private static final String[] COUNTRIES = {"DE", "FR", "NL", "AT", "CH"};
    private final Random rng;
    private final int employees;

    TimesheetSource(long seed, int employees) {
        this.rng = new Random(seed);
        this.employees = employees;
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        StringBuilder sb = new StringBuilder(width);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    List<List<RawTimesheetRow>> monthInChunks(int year, int month, int chunkSize) {
        List<List<RawTimesheetRow>> chunks = new ArrayList<>();
        List<RawTimesheetRow> current = new ArrayList<>(chunkSize);
        LocalDate first = LocalDate.of(year, month, 1);
        for (int e = 0; e < employees; e++) {
            String id = "E" + pad(e, 6);
            String centre = CENTRES[e % CENTRES.length];
            String country = COUNTRIES[(e / 7) % COUNTRIES.length];
            String rate = (e % 3 == 0) ? String.valueOf(18 + e % 20) : (18 + e % 20) + "." + pad(rng.nextInt(100), 2);
            for (LocalDate d = first; d.getMonthValue() == month; d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() >= 6 && rng.nextInt(10) > 0) {
                    continue;
                }
                String hours = rng.nextInt(4) == 0 ? String.valueOf(6 + rng.nextInt(4)) : (6 + rng.nextInt(4)) + "." + (rng.nextInt(4) * 25);
                String overtime = rng.nextInt(5) == 0 ? "1.50" : "0.00";
                String breakHours = rng.nextInt(3) == 0 ? "0.75" : "0.50";
                String allowance = rng.nextInt(8) == 0 ? (5 + rng.nextInt(20)) + "." + pad(rng.nextInt(100), 2) : "0.00";
                String nightHours = rng.nextInt(6) == 0 ? (1 + rng.nextInt(3)) + ".50" : "0.00";
                current.add(new RawTimesheetRow(id, centre, country, d.toString(), hours, breakHours, overtime, nightHours, rate, allowance));
                if (current.size() == chunkSize) {
                    chunks.add(current);
                    current = new ArrayList<>(chunkSize);
                }
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}

final class RawTimesheetRow {
    final String employeeId, costCentre, country, workDate, hours, breakHours, overtime, nightHours, hourlyRate, allowance;

    RawTimesheetRow(String employeeId, String costCentre, String country, String workDate,
                    String hours, String breakHours, String overtime, String nightHours,
                    String hourlyRate, String allowance) {
        this.employeeId = employeeId;
        this.costCentre = costCentre;
        this.country = country;
        this.workDate = workDate;
        this.hours = hours;
        this.breakHours = breakHours;
        this.nightHours = nightHours;
        this.allowance = allowance;
        this.overtime = overtime;
        this.hourlyRate = hourlyRate;
    }
}
