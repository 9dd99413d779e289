import java.util.Set;

/** A ski or snowboard instructor of the school. */
final class Instructor {
    final int index;
    final String name;
    final Set<String> languages;
    final int maxLevel;
    final boolean snowboard;
    final boolean kidsCertified;
    final String homeMeetingPoint;
    int lessonsThisWeek;

    Instructor(int index, String name, Set<String> languages, int maxLevel, boolean snowboard,
               boolean kidsCertified, String homeMeetingPoint) {
        this.index = index;
        this.name = name;
        this.languages = languages;
        this.maxLevel = maxLevel;
        this.snowboard = snowboard;
        this.kidsCertified = kidsCertified;
        this.homeMeetingPoint = homeMeetingPoint;
    }
}
