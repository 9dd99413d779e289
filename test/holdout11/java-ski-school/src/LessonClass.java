import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A group (or private lesson) that needs one instructor for one slot. */
final class LessonClass {
    final int id;
    final LocalDate date;
    final int slot;
    final String discipline;
    final String language;
    final boolean children;
    final String meetingPoint;
    final boolean privateLesson;
    int minLevel = 7;
    int maxLevel = 0;
    final List<Booking> pupils = new ArrayList<>(10);

    LessonClass(int id, LocalDate date, int slot, String discipline, String language, boolean children,
                String meetingPoint, boolean privateLesson) {
        this.id = id;
        this.date = date;
        this.slot = slot;
        this.discipline = discipline;
        this.language = language;
        this.children = children;
        this.meetingPoint = meetingPoint;
        this.privateLesson = privateLesson;
    }

    void add(Booking b) {
        pupils.add(b);
        minLevel = Math.min(minLevel, b.level());
        maxLevel = Math.max(maxLevel, b.level());
    }
}
