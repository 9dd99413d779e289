import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Core add/drop logic: authentication, prerequisite and clash checks, seat allocation. */
public class EnrollmentService {
    private final Catalog catalog;
    private final StudentDirectory directory;
    private final Map<String, Integer> clashCache = new ConcurrentHashMap<>();
    private final ZoneId campusZone = ZoneId.of("Europe/Dublin");

    EnrollmentService(Catalog catalog, StudentDirectory directory) {
        this.catalog = catalog;
        this.directory = directory;
    }

    RegistrationResponse handle(RegistrationRequest req) {
        StudentDirectory.Student st = directory.byId.get(req.studentId());
        List<String> msgs = new ArrayList<>();
        if (st == null || !Credentials.verify(st, req.pin())) {
            msgs.add("authentication failed");
            return new RegistrationResponse(false, msgs, null);
        }
        boolean any = false;
        synchronized (st) {
            for (String code : req.sectionCodes()) {
                Catalog.Section sec = catalog.byCode.get(code);
                if (sec == null) {
                    msgs.add("unknown section " + code);
                    continue;
                }
                String problem = check(st, sec);
                if (problem != null) {
                    msgs.add(code + ": " + problem);
                    continue;
                }
                synchronized (sec) {
                    if (sec.enrolled >= sec.capacity) {
                        msgs.add(code + ": section full, added to waitlist");
                        continue;
                    }
                    sec.enrolled++;
                }
                st.schedule.add(sec);
                if (st.schedule.size() > 6) {
                    Catalog.Section dropped = st.schedule.remove(0);
                    synchronized (dropped) { dropped.enrolled--; }
                }
                msgs.add(Confirmations.describe(sec, catalog.termStart));
                any = true;
            }
            if (any) {
                for (Catalog.Section s : st.schedule) {
                    msgs.add(Confirmations.timetableRow(s, catalog.termStart));
                }
            }
        }
        String stamp = LocalDateTime.ofInstant(Instant.ofEpochSecond(req.submittedAtEpochSec()), campusZone)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.UK));
        String confirmation = any ? st.id + "@" + stamp : null;
        return new RegistrationResponse(any, msgs, confirmation);
    }

    private String check(StudentDirectory.Student st, Catalog.Section sec) {
        for (String pre : sec.prerequisites) {
            if (!st.completed.contains(pre)) return "missing prerequisite " + pre;
        }
        for (Catalog.Section other : st.schedule) {
            if (other == sec) return "already enrolled";
            String key = String.format("%s|%s|%s|%04d", other.code, sec.code, sec.day, sec.startTime.toSecondOfDay() / 60);
            int clash = clashCache.computeIfAbsent(key, k -> other.overlaps(sec) ? 1 : 0);
            if (clash == 1) return "timetable clash with " + other.code;
        }
        return null;
    }

    void printFillReport(int top) {
        List<Catalog.Section> list = new ArrayList<>(catalog.sections);
        list.sort(Comparator.comparingDouble((Catalog.Section s) -> -(double) s.enrolled / s.capacity));
        for (int i = 0; i < Math.min(top, list.size()); i++) {
            Catalog.Section s = list.get(i);
            System.out.println(s.code + "  " + s.enrolled + "/" + s.capacity + "  " + s.title);
        }
    }
}
