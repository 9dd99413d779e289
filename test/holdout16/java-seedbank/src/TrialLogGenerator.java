package seedbank;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Produces the germination test log exactly as the lab exports it: one CSV
 * line per test, with the optional counts left blank or marked by whichever
 * convention the technician used that day.
 */
final class TrialLogGenerator {
    private static final String[] MISSING = {"", "NA", "n/r", "-", "  "};
    private static final String[] TECHS = {"akb", "mjr", "lto", "pfe", "snw", "dho"};
    /** How each technician writes the test date on the sheet. */
    private static final DateTimeFormatter[] TECH_DATES = {
        DateTimeFormatter.ISO_LOCAL_DATE,
        DateTimeFormatter.ofPattern("dd/MM/uuuu"),
        DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("dd/MM/uuuu"),
        DateTimeFormatter.ofPattern("dd/MM/uuuu"),
        DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
    };
    private static final String[] REMARKS = {
        "", "", "", "", "mould on 3 seeds", "top of paper", "between paper", "sand", "pre-chilled 7d",
        "GA3 10mg/l", "scarified", "retest requested"
    };

    static final int REPLICATES = 4;

    private final SplittableRandom rng;
    private final int currentYear;

    TrialLogGenerator(long seed, int currentYear) {
        this.rng = new SplittableRandom(seed);
        this.currentYear = currentYear;
    }

    /** Returns the whole log file: a header line followed by one line per test. */
    String generate(List<Accession> lots, int maxTestsPerLot) {
        StringBuilder log = new StringBuilder(lots.size() * maxTestsPerLot * 90);
        log.append("accession,sown,first_count,final_count,reps,per_rep");
        for (int r = 1; r <= REPLICATES; r++) {
            log.append(",normal").append(r).append(",abnormal").append(r).append(",dead").append(r)
                    .append(",fresh").append(r).append(",hard").append(r).append(",infected").append(r);
        }
        log.append(",test_c,moisture,tech,remarks\n");
        StringBuilder sb = new StringBuilder(128);
        for (Accession a : lots) {
            int ageDays = (currentYear - a.collectedYear) * 365;
            int tests = 3 + rng.nextInt(maxTestsPerLot - 2);
            double sigma = a.species.sigmaDays(a.moisture, a.storageCelsius);
            for (int t = 0; t < tests; t++) {
                int day = (int) ((long) ageDays * t / Math.max(1, tests - 1));
                double probit = a.initialProbit - day / sigma;
                double pViable = Stats.normalCdf(probit);
                int perRep = rng.nextDouble() < 0.8 ? 50 : 25;
                boolean hasHard = a.species.name.startsWith("Vicia") || a.species.name.startsWith("Phaseolus");
                boolean skipAbnormal = rng.nextDouble() < 0.25;
                boolean skipDead = rng.nextDouble() < 0.3;
                boolean skipFresh = rng.nextDouble() < (a.species.dormancy > 0.05 ? 0.1 : 0.45);
                boolean skipHard = !hasHard || rng.nextDouble() < 0.3;
                boolean skipInfected = rng.nextDouble() < 0.8;

                sb.setLength(0);
                int tech = rng.nextInt(TECHS.length);
                sb.append(a.id).append(',');
                LocalDate sownOn = a.banked.plusDays(day);
                TECH_DATES[tech].formatTo(sownOn, sb);
                sb.append(',');
                int duration = a.species.dormancy > 0.05 ? 28 : 7 + rng.nextInt(8);
                TECH_DATES[tech].formatTo(sownOn.plusDays(duration / 2), sb);
                sb.append(',');
                TECH_DATES[tech].formatTo(sownOn.plusDays(duration), sb);
                sb.append(',').append(REPLICATES).append(',').append(perRep);
                for (int r = 0; r < REPLICATES; r++) {
                    int viable = binomial(perRep, pViable);
                    int dormant = binomial(viable, a.species.dormancy);
                    int normal = viable - dormant;
                    int abnormal = binomial(perRep - viable, 0.3);
                    int dead = perRep - viable - abnormal;
                    int hard = hasHard ? binomial(dormant, 0.6) : 0;
                    int fresh = dormant - hard;
                    int infected = binomial(abnormal + dead, 0.4);
                    sb.append(',').append(normal).append(',');
                    cell(sb, abnormal, skipAbnormal).append(',');
                    cell(sb, dead, skipDead).append(',');
                    cell(sb, fresh, skipFresh).append(',');
                    cell(sb, hard, skipHard).append(',');
                    cell(sb, infected, skipInfected);
                }
                sb.append(',').append(rng.nextDouble() < 0.5 ? 20 : 25).append(',');
                if (rng.nextDouble() < 0.4) {
                    sb.append(Math.round((a.moisture + rng.nextDouble() - 0.5) * 10) / 10.0);
                }
                sb.append(',').append(TECHS[tech]);
                sb.append(',').append(REMARKS[rng.nextInt(REMARKS.length)]);
                log.append(sb).append('\n');
            }
        }
        return log.toString();
    }

    private StringBuilder cell(StringBuilder sb, int value, boolean missing) {
        if (missing) {
            return sb.append(MISSING[rng.nextInt(MISSING.length)]);
        }
        return sb.append(value);
    }

    private int binomial(int n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (n * p > 8 && n * (1 - p) > 8) {
            double mean = n * p;
            double sd = Math.sqrt(n * p * (1 - p));
            long k = Math.round(mean + sd * gaussian());
            return (int) Math.max(0, Math.min(n, k));
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (rng.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    private double gaussian() {
        double u = rng.nextDouble(), v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
