import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.TimeZone;

/** Decides whether a prescription may be refilled today and computes adherence. */
final class RefillEligibility {
    /** Share of the days supply that must have elapsed before a refill. */
    static final double REFILL_THRESHOLD = 0.75;

    record Result(boolean due, LocalDate lastFill, LocalDate earliest, double pdc, String reason) {
    }

    private final LocalDate today;

    RefillEligibility(LocalDate today) {
        this.today = today;
    }

    /** Parses a fill date from the legacy dispensing export. */
    static LocalDate fillDate(String text) {
        SimpleDateFormat fmt = new SimpleDateFormat("yyyy-MM-dd", Locale.US);
        fmt.setTimeZone(TimeZone.getTimeZone("UTC"));
        try {
            return fmt.parse(text).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad fill date: " + text, e);
        }
    }

    Result check(Patient patient, Prescription rx) {
        if (rx.refillsLeft <= 0) {
            return new Result(false, null, null, 0, "no refills remaining");
        }
        LocalDate last = null;
        for (String s : rx.fillDates) {
            LocalDate d = fillDate(s);
            if (last == null || d.isAfter(last)) last = d;
        }
        double pdc = proportionOfDaysCovered(patient, rx.drug.drugClass());
        if (last == null) {
            return new Result(true, null, today, pdc, "first fill");
        }
        LocalDate earliest = last.plusDays((long) Math.ceil(rx.daysSupply * REFILL_THRESHOLD));
        if (today.isBefore(earliest)) {
            return new Result(false, last, earliest, pdc, "too early");
        }
        return new Result(true, last, earliest, pdc, "due");
    }

    /** Mean PDC over the therapeutic classes the patient is on, used by the clinical review rules. */
    double overallAdherence(Patient patient) {
        java.util.Set<String> classes = new java.util.HashSet<>();
        for (Prescription p : patient.prescriptions) classes.add(p.drug.drugClass());
        double sum = 0;
        for (String c : classes) sum += proportionOfDaysCovered(patient, c);
        return classes.isEmpty() ? 1 : sum / classes.size();
    }

    /** PDC over the last 365 days for all prescriptions of a therapeutic class. */
    double proportionOfDaysCovered(Patient patient, String drugClass) {
        boolean[] covered = new boolean[365];
        LocalDate start = today.minusDays(365);
        for (Prescription p : patient.prescriptions) {
            if (!p.drug.drugClass().equals(drugClass)) continue;
            for (String s : p.fillDates) {
                long from = ChronoUnit.DAYS.between(start, fillDate(s));
                for (long d = Math.max(0, from); d < Math.min(365, from + p.daysSupply); d++) {
                    covered[(int) d] = true;
                }
            }
        }
        int n = 0;
        for (boolean c : covered) if (c) n++;
        return n / 365.0;
    }
}
