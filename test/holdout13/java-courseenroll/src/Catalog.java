import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Course sections offered this term. */
public class Catalog {
    public static final class Section {
        final String code;        // e.g. CHEM-2041-02
        final String title;
        final int capacity;
        final DayOfWeek day;
        final LocalTime startTime;
        final int minutes;
        final String room;
        final List<String> prerequisites;
        int enrolled;

        Section(String code, String title, int capacity, DayOfWeek day, LocalTime start, int minutes, String room, List<String> prereq) {
            this.code = code; this.title = title; this.capacity = capacity; this.day = day;
            this.startTime = start; this.minutes = minutes; this.room = room; this.prerequisites = prereq;
        }

        String courseCode() { return code.substring(0, code.lastIndexOf('-')); }

        LocalDateTime firstMeeting(LocalDate termStart) {
            LocalDate d = termStart;
            while (d.getDayOfWeek() != day) d = d.plusDays(1);
            return d.atTime(startTime);
        }

        boolean overlaps(Section o) {
            if (day != o.day) return false;
            int a = startTime.toSecondOfDay() / 60, b = o.startTime.toSecondOfDay() / 60;
            return a < b + o.minutes && b < a + minutes;
        }
    }

    private static final String[] DEPTS = {"CHEM", "MATH", "HIST", "PHYS", "LING", "ECON", "BIOL", "COMP", "PHIL", "GEOG"};
    private static final String[] WORDS = {"Introduction to", "Advanced", "Topics in", "Methods of", "Seminar:", "Foundations of"};
    private static final String[] SUBJ = {"Thermodynamics", "Linear Systems", "Medieval Trade", "Optics", "Phonology", "Game Theory", "Genetics", "Compilers", "Ethics", "Hydrology"};

    final List<Section> sections = new ArrayList<>();
    final Map<String, Section> byCode = new HashMap<>();
    final LocalDate termStart = LocalDate.of(2025, 9, 22);

    static Catalog generate(int n, long seed) {
        Random r = new Random(seed);
        Catalog c = new Catalog();
        for (int i = 0; i < n; i++) {
            int d = r.nextInt(DEPTS.length);
            String course = DEPTS[d] + "-" + (1000 + r.nextInt(4) * 1000 + r.nextInt(90) * 10 + 1);
            String code = course + "-0" + (1 + r.nextInt(4));
            if (c.byCode.containsKey(code)) continue;
            List<String> pre = new ArrayList<>();
            if (r.nextInt(3) == 0) pre.add(DEPTS[d] + "-" + (1000 + r.nextInt(90) * 10 + 1));
            Section s = new Section(code, WORDS[r.nextInt(WORDS.length)] + " " + SUBJ[d],
                    20 + r.nextInt(180), DayOfWeek.of(1 + r.nextInt(5)),
                    LocalTime.of(8 + r.nextInt(10), r.nextBoolean() ? 0 : 30), 50 + 30 * r.nextInt(3),
                    "BLDG" + (1 + r.nextInt(12)) + "-" + (100 + r.nextInt(300)), pre);
            c.sections.add(s);
            c.byCode.put(code, s);
        }
        return c;
    }
}
