package bindery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the MIS job export and rejects jobs with invalid ISBNs or formats. */
public final class JobParser {
    private static final Pattern LINE = Pattern.compile(
            "^JOB (\\d{2}-\\d{4}) \\| ISBN ([0-9-]{17}) \\| '([^']+)' \\| (\\d+)pp \\| (\\d{3})x(\\d{3}) \\| "
            + "(cloth|pob|soft) \\| (sewn|pur|perfect) \\| qty (\\d+) \\| due (\\d{4}-\\d{2}-\\d{2}) \\| prio ([1-5])$");

    public static final class Result {
        public final List<JobSpec> jobs = new ArrayList<>();
        public final List<String> rejected = new ArrayList<>();
    }

    public Result parse(List<String> lines) {
        Result r = new Result();
        Matcher m = LINE.matcher("");
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            m.reset(line);
            if (!m.matches()) {
                r.rejected.add("unparsable: " + line);
                continue;
            }
            String isbn = m.group(2);
            if (!validIsbn13(isbn)) {
                r.rejected.add(m.group(1) + ": bad ISBN " + isbn);
                continue;
            }
            int pages = Integer.parseInt(m.group(4));
            if (pages % 8 != 0) {
                r.rejected.add(m.group(1) + ": page count " + pages + " not a multiple of 8");
                continue;
            }
            JobSpec.Cover cover = switch (m.group(7)) {
                case "cloth" -> JobSpec.Cover.CLOTH;
                case "pob" -> JobSpec.Cover.PAPER_OVER_BOARD;
                default -> JobSpec.Cover.SOFTCOVER;
            };
            JobSpec.Binding binding = switch (m.group(8)) {
                case "sewn" -> JobSpec.Binding.SEWN;
                case "pur" -> JobSpec.Binding.PUR;
                default -> JobSpec.Binding.PERFECT;
            };
            r.jobs.add(new JobSpec(m.group(1), isbn, m.group(3), pages,
                    Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), cover, binding,
                    Integer.parseInt(m.group(9)), LocalDate.parse(m.group(10)), Integer.parseInt(m.group(11))));
        }
        return r;
    }

    static boolean validIsbn13(String isbn) {
        int sum = 0, n = 0;
        for (int i = 0; i < isbn.length(); i++) {
            char c = isbn.charAt(i);
            if (c == '-') continue;
            int d = c - '0';
            sum += (n % 2 == 0) ? d : 3 * d;
            n++;
        }
        return n == 13 && sum % 10 == 0;
    }
}
