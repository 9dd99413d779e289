import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Groups the bookings of one day and slot into classes of at most ten pupils. */
final class ClassBuilder {
    static final int MAX_GROUP = 10;

    private record GroupKey(String discipline, String language, boolean children, int band, String meetingPoint) {}

    private int nextId;

    ClassBuilder(int firstId) {
        this.nextId = firstId;
    }

    List<LessonClass> build(LocalDate date, int slot, List<Booking> bookings) {
        Map<GroupKey, List<Booking>> groups = new HashMap<>();
        List<LessonClass> classes = new ArrayList<>();
        for (Booking b : bookings) {
            if (b.privateLesson()) {
                LessonClass c = new LessonClass(nextId++, date, slot, b.discipline(), b.language(), b.child(),
                    b.meetingPoint(), true);
                c.add(b);
                classes.add(c);
                continue;
            }
            // small languages are taught in English when there are too few pupils
            GroupKey key = new GroupKey(b.discipline(), b.language(), b.child(), band(b.level()), b.meetingPoint());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
        }
        Map<GroupKey, List<Booking>> merged = new HashMap<>();
        for (Map.Entry<GroupKey, List<Booking>> e : groups.entrySet()) {
            GroupKey k = e.getKey();
            if (e.getValue().size() < 3 && !k.language().equals("en") && !k.language().equals("de")) {
                k = new GroupKey(k.discipline(), "en", k.children(), k.band(), k.meetingPoint());
            }
            merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(e.getValue());
        }
        List<GroupKey> keys = new ArrayList<>(merged.keySet());
        keys.sort(Comparator.comparing(GroupKey::discipline).thenComparing(GroupKey::language)
            .thenComparing(GroupKey::meetingPoint).thenComparingInt(GroupKey::band)
            .thenComparing(GroupKey::children));
        for (GroupKey k : keys) {
            List<Booking> pupils = merged.get(k);
            pupils.sort(Comparator.comparingInt(Booking::level).thenComparing(Booking::bookingId));
            int groupsNeeded = (pupils.size() + MAX_GROUP - 1) / MAX_GROUP;
            int per = (pupils.size() + groupsNeeded - 1) / groupsNeeded;
            for (int i = 0; i < pupils.size(); i += per) {
                LessonClass c = new LessonClass(nextId++, date, slot, k.discipline(), k.language(), k.children(),
                    k.meetingPoint(), false);
                for (Booking b : pupils.subList(i, Math.min(pupils.size(), i + per))) {
                    c.add(b);
                }
                classes.add(c);
            }
        }
        return classes;
    }

    private static int band(int level) {
        return level <= 1 ? 0 : level <= 3 ? 1 : level <= 4 ? 2 : 3;
    }
}
