import java.io.PrintStream;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Builds the volunteer checking sheet: one line per proposed link with the
 * confidence and the household details, plus a confidence histogram.
 */
final class LinkReport {
    private final StringBuilder sheet = new StringBuilder(1 << 20);
    private final CRC32 crc = new CRC32();
    private final int[] histogram = new int[10];
    private long sheetChars;
    private int lines;

    void add(HouseholdMatcher.Link l) {
        histogram[Math.min(9, (int) (l.score * 10))]++;
        sheet.append(describe(l)).append('\n');
        lines++;
        if (sheet.length() > (1 << 19)) flushSheet();
    }

    String describe(HouseholdMatcher.Link l) {
        NumberFormat confidence = NumberFormat.getPercentInstance(Locale.UK);
        confidence.setMinimumFractionDigits(1);
        NumberFormat count = NumberFormat.getIntegerInstance(Locale.UK);
        NumberFormat years = NumberFormat.getNumberInstance(Locale.UK);
        years.setMaximumFractionDigits(1);
        Person head = l.earlier.head();
        return l.earlier.censusYear + " " + l.earlier.piece + " f." + l.earlier.folio + " sch." + l.earlier.schedule
                + " -> " + l.later.censusYear + " " + l.later.piece + " f." + l.later.folio + " sch." + l.later.schedule
                + " | " + head.forename + " " + head.surname + ", " + l.earlier.address
                + " | confidence " + confidence.format(l.score)
                + " | members matched " + count.format(l.matchedMembers) + " of " + count.format(l.earlier.members.size())
                + " | mean age drift " + years.format(l.meanAgeDriftYears) + " yrs"
                + (l.ageDisagreements > 0 ? " | ages to check " + count.format(l.ageDisagreements) : "");
    }

    private void flushSheet() {
        byte[] b = sheet.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        crc.update(b);
        sheetChars += sheet.length();
        sheet.setLength(0);
    }

    void printSummary(PrintStream out) {
        flushSheet();
        out.printf("sheet_lines=%d sheet_chars=%d sheet_crc=%08x%n", lines, sheetChars, crc.getValue());
        StringBuilder sb = new StringBuilder("confidence_histogram=");
        for (int i = 0; i < histogram.length; i++) sb.append(i == 0 ? "" : ",").append(histogram[i]);
        out.println(sb);
    }
}
