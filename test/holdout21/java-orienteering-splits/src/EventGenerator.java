package orient.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds a multi-day event (courses, class-to-course mapping) and the card
 * downloads its runners produce, including the usual mistakes: skipped or
 * wrong controls, retired runners, and garbled records from a tired station.
 */
public final class EventGenerator {
    static final String[] CLASSES = {
        "M21", "W21", "M18", "W18", "M16", "W16", "M35", "W35", "M45", "W45", "M55", "W55", "M65", "W65"
    };
    static final String[] COURSE_FOR_CLASS = {
        "Long", "Middle", "Middle", "Short", "Short", "Light", "Long", "Middle", "Middle", "Short", "Short", "Light", "Light", "Light"
    };

    private final SplittableRandom rng;

    public EventGenerator(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    public Map<String, Course> courses() {
        Map<String, Course> courses = new LinkedHashMap<>();
        String[] names = {"Long", "Middle", "Short", "Light"};
        int[] controlCounts = {24, 19, 15, 12};
        for (int c = 0; c < names.length; c++) {
            List<Integer> controls = new ArrayList<>();
            List<Integer> legs = new ArrayList<>();
            for (int k = 0; k < controlCounts[c]; k++) {
                int code;
                do {
                    code = 31 + rng.nextInt(170);
                } while (controls.contains(code));
                controls.add(code);
                legs.add(180 + rng.nextInt(900));
            }
            legs.add(120 + rng.nextInt(200));
            courses.put(names[c], Course.of(names[c], controls, legs));
        }
        return courses;
    }

    public List<String> downloads(Map<String, Course> courses, int runners) {
        List<String> out = new ArrayList<>(runners);
        StringBuilder sb = new StringBuilder(512);
        for (int r = 0; r < runners; r++) {
            int cls = rng.nextInt(CLASSES.length);
            Course course = courses.get(COURSE_FOR_CLASS[cls]);
            double pace = 5.2 + rng.nextDouble() * 6.0 + (cls % 2) * 0.6; // minutes per km
            int start = 10 * 3600 + rng.nextInt(4 * 3600);
            sb.setLength(0);
            sb.append("card=").append(2_000_000 + r * 7L)
              .append(";bib=").append(CLASSES[cls]).append('-').append(r)
              .append(";course=").append(course.getName())
              .append(";class=").append(CLASSES[cls])
              .append(";start=").append(CardReader.clockText(start));
            int t = start;
            int[] controls = course.controls();
            boolean retired = rng.nextInt(120) == 0;
            boolean siac = rng.nextInt(3) > 0; // contactless cards record day and tenths
            int day = 5 + r % 3;
            for (int k = 0; k < controls.length; k++) {
                double legFactor = 0.85 + rng.nextDouble() * 0.35 + (rng.nextInt(9) == 0 ? rng.nextDouble() * 1.5 : 0);
                t += (int) (course.legMetres(k) / 1000.0 * pace * 60 * legFactor);
                if (retired && k > controls.length / 2) break;
                if (rng.nextInt(40) == 0) {
                    // punched a neighbouring feature's control first
                    sb.append(';').append(31 + rng.nextInt(170)).append('@').append(CardReader.clockText(t - 40));
                }
                if (rng.nextInt(300) == 0) continue; // missed control
                if (rng.nextInt(500) == 0) {
                    sb.append(";").append(controls[k]).append("@").append("1O:").append(CardReader.clockText(t), 3, 8);
                    continue;
                }
                sb.append(';').append(controls[k]).append('@');
                if (siac) sb.append(day).append("d ");
                sb.append(CardReader.clockText(t));
                if (siac) sb.append('.').append(rng.nextInt(10));
            }
            t += (int) (course.legMetres(controls.length) / 1000.0 * pace * 50);
            if (!retired) sb.append(";finish=").append(CardReader.clockText(t));
            out.add(sb.toString());
        }
        return out;
    }
}
