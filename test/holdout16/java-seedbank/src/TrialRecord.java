package seedbank;

import java.time.LocalDate;

/**
 * One germination test as transcribed from the lab sheets. Tests are run in
 * replicates; the counts below are summed over replicates, and a count is -1
 * when the technician did not record it for every replicate.
 */
final class TrialRecord {
    String accessionId;
    LocalDate tested;     // day the seeds were sown on the test substrate
    LocalDate firstCount; // day of the first (interim) count
    LocalDate counted;    // day of the final count
    int replicates;
    int sown;
    int normal;
    int abnormal = -1;
    int dead = -1;
    int fresh = -1;       // fresh ungerminated (dormant)
    int hard = -1;
    int infected = -1;    // abnormal or dead seeds showing fungal infection
    int testCelsius;
    double moistureAtTest = Double.NaN;
    String technician;
    String remarks;

    /** Seeds that are known to be alive: normal seedlings plus dormant seeds if counted. */
    int viable() {
        return normal + Math.max(0, fresh) + Math.max(0, hard);
    }
}
