package orient.results;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the text lines the download station writes for each card, e.g.
 * {@code card=2045512;bib=M21-0042;course=Long;class=M21;start=10:02:03;31@10:05:44;...;finish=11:14:09}.
 */
public final class CardReader {

    public CardRead read(String line) {
        String[] fields = line.split(";");
        long card = 0;
        String bib = null, course = null, cls = null;
        int start = -1, finish = -1;
        int i = 0;
        for (; i < fields.length; i++) {
            String f = fields[i];
            int eq = f.indexOf('=');
            if (eq < 0) break;
            String key = f.substring(0, eq);
            String value = f.substring(eq + 1);
            switch (key) {
                case "card": card = Long.parseLong(value); break;
                case "bib": bib = value; break;
                case "course": course = value; break;
                case "class": cls = value; break;
                case "start": start = clock(value); break;
                default: break;
            }
        }
        String last = fields[fields.length - 1];
        if (last.startsWith("finish=")) {
            finish = clock(last.substring(7));
        }
        CardRead read = new CardRead(card, bib, course, cls, start, finish);
        for (; i < fields.length; i++) {
            if (fields[i].startsWith("finish=")) continue;
            int[] punch = punch(fields[i]);
            if (punch == null) {
                read.garbled++;
            } else {
                read.punches.add(punch);
            }
        }
        return read;
    }

    /**
     * Decodes a punch record "code@hh:mm:ss", as written by older cards, or
     * "code@Nd hh:mm:ss.t" with day of week and tenths from newer ones.
     */
    static int[] punch(String record) {
        Matcher m = Pattern.compile("(\\d{2,3})@(?:([1-7])d\\s)?(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d))?").matcher(record);
        if (!m.matches()) {
            return null;
        }
        int code = Integer.parseInt(m.group(1));
        int secs = Integer.parseInt(m.group(3)) * 3600 + Integer.parseInt(m.group(4)) * 60 + Integer.parseInt(m.group(5));
        if (m.group(6) != null && m.group(6).charAt(0) >= '5') {
            secs++; // results are kept to whole seconds, rounded
        }
        return new int[] {code, secs};
    }

    static int clock(String hhmmss) {
        return (hhmmss.charAt(0) - '0') * 36000 + (hhmmss.charAt(1) - '0') * 3600
                + (hhmmss.charAt(3) - '0') * 600 + (hhmmss.charAt(4) - '0') * 60
                + (hhmmss.charAt(6) - '0') * 10 + (hhmmss.charAt(7) - '0');
    }

    static String clockText(int secs) {
        char[] c = new char[8];
        int h = secs / 3600, m = (secs / 60) % 60, s = secs % 60;
        c[0] = (char) ('0' + h / 10); c[1] = (char) ('0' + h % 10); c[2] = ':';
        c[3] = (char) ('0' + m / 10); c[4] = (char) ('0' + m % 10); c[5] = ':';
        c[6] = (char) ('0' + s / 10); c[7] = (char) ('0' + s % 10);
        return new String(c);
    }
}
