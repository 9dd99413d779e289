package seedbank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the lab's germination log. Each line holds the accession, the dates
 * of sowing, first count and final count, the number of replicates and seeds
 * per replicate, six counts per replicate (normal, abnormal, dead, fresh,
 * hard, infected), then test temperature, moisture at test, technician and
 * remarks. Technicians write dates in their own habitual style.
 */
final class TrialParser {
    private static final int REPLICATES = 4;
    private static final int PER_REPLICATE = 6;
    private static final int HEAD = 6;
    private static final int COLUMNS = HEAD + REPLICATES * PER_REPLICATE + 4;
    private static final int MAX_TEST_DAYS = 42;
    private static final DateTimeFormatter[] DATE_FORMATS = {
        DateTimeFormatter.ISO_LOCAL_DATE,
        DateTimeFormatter.ofPattern("d.M.uuuu"),
        DateTimeFormatter.ofPattern("dd/MM/uuuu"),
        DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
    };

    private int rejected;
    private int incomplete;
    private final String[] cells = new String[COLUMNS];

    Map<String, List<TrialRecord>> parseAll(Reader source) throws IOException {
        Map<String, List<TrialRecord>> byAccession = new HashMap<>();
        try (BufferedReader in = new BufferedReader(source, 1 << 16)) {
            String line = in.readLine(); // header
            while ((line = in.readLine()) != null) {
                TrialRecord r = parseLine(line);
                if (r == null) {
                    rejected++;
                    continue;
                }
                if (r.abnormal < 0 || r.dead < 0) {
                    incomplete++;
                }
                byAccession.computeIfAbsent(r.accessionId, k -> new ArrayList<>()).add(r);
            }
        }
        return byAccession;
    }

    int rejected() {
        return rejected;
    }

    int incomplete() {
        return incomplete;
    }

    TrialRecord parseLine(String line) {
        if (split(line) != COLUMNS) {
            return null;
        }
        TrialRecord r = new TrialRecord();
        r.accessionId = cells[0];
        r.tested = parseTestDate(cells[1]);
        r.firstCount = parseTestDate(cells[2]);
        r.counted = parseTestDate(cells[3]);
        r.replicates = parseCount(cells[4]);
        int perRep = parseCount(cells[5]);
        if (r.tested == null || r.firstCount == null || r.counted == null
                || r.replicates != REPLICATES || perRep <= 0) {
            return null;
        }
        long duration = r.counted.toEpochDay() - r.tested.toEpochDay();
        if (duration < 0 || duration > MAX_TEST_DAYS
                || r.firstCount.isBefore(r.tested) || r.firstCount.isAfter(r.counted)) {
            return null;
        }
        r.sown = r.replicates * perRep;
        r.abnormal = 0;
        r.dead = 0;
        r.fresh = 0;
        r.hard = 0;
        r.infected = 0;
        for (int rep = 0; rep < REPLICATES; rep++) {
            int base = HEAD + rep * PER_REPLICATE;
            int normal = parseCount(cells[base]);
            if (normal < 0 || normal > perRep) {
                return null;
            }
            r.normal += normal;
            r.abnormal = addCount(r.abnormal, parseCount(cells[base + 1]));
            r.dead = addCount(r.dead, parseCount(cells[base + 2]));
            r.fresh = addCount(r.fresh, parseCount(cells[base + 3]));
            r.hard = addCount(r.hard, parseCount(cells[base + 4]));
            r.infected = addCount(r.infected, parseCount(cells[base + 5]));
        }
        int tail = HEAD + REPLICATES * PER_REPLICATE;
        r.testCelsius = parseCount(cells[tail]);
        String moisture = cells[tail + 1];
        if (!moisture.isEmpty()) {
            r.moistureAtTest = Double.parseDouble(moisture);
        }
        r.technician = cells[tail + 2];
        r.remarks = cells[tail + 3];
        return r;
    }

    /** Sums replicate counts; a count missing in any replicate makes the total unknown. */
    private static int addCount(int total, int count) {
        return total < 0 || count < 0 ? -1 : total + count;
    }

    private int split(String line) {
        int n = 0;
        int start = 0;
        while (n < COLUMNS - 1) {
            int comma = line.indexOf(',', start);
            if (comma < 0) {
                break;
            }
            cells[n++] = line.substring(start, comma);
            start = comma + 1;
        }
        cells[n++] = line.substring(start);
        return n;
    }

    static LocalDate parseTestDate(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // written in another convention
            }
        }
        return null;
    }

    /** Parses a non-negative count; blank cells and the lab's "not recorded" markers give -1. */
    static int parseCount(String cell) {
        int from = 0;
        int to = cell.length();
        while (from < to && cell.charAt(from) == ' ') {
            from++;
        }
        while (to > from && cell.charAt(to - 1) == ' ') {
            to--;
        }
        if (from == to || to - from > 9) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
