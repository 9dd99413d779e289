import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Renders the public listings feed of a site for the week. */
final class ListingsWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final String[] SLOT_TIME = new String[DemandModel.SLOTS];

    static {
        for (int s = 0; s < DemandModel.SLOTS; s++) {
            int m = DemandModel.FIRST_MIN + s * DemandModel.SLOT_MIN;
            SLOT_TIME[s] = (m / 60 < 10 ? "0" : "") + (m / 60) + ":" + (m % 60 < 10 ? "0" : "") + (m % 60);
        }
    }

    private final LocalDate weekStart;
    private final List<Film> films;

    ListingsWriter(LocalDate weekStart, List<Film> films) {
        this.weekStart = weekStart;
        this.films = films;
    }

    String render(ProgrammeOptimizer.Result r) {
        List<ProgrammeOptimizer.Show> shows = new java.util.ArrayList<>(r.shows());
        shows.sort(Comparator.comparingInt(ProgrammeOptimizer.Show::day)
                .thenComparing(s -> films.get(s.film()).title())
                .thenComparingInt(ProgrammeOptimizer.Show::slot));
        StringBuilder sb = new StringBuilder(shows.size() * 48);
        sb.append(r.site().name()).append(" (").append(r.site().code()).append(")\n");
        int day = -1;
        int film = -1;
        for (ProgrammeOptimizer.Show s : shows) {
            if (s.day() != day) {
                day = s.day();
                film = -1;
                sb.append('\n').append(DAY.format(weekStart.plusDays(day))).append('\n');
            }
            if (s.film() != film) {
                film = s.film();
                Film f = films.get(film);
                sb.append("  ").append(f.title()).append(" (").append(f.rating()).append(", ")
                        .append(f.runtimeMin()).append(" min)").append('\n').append("   ");
            }
            sb.append(' ').append(SLOT_TIME[s.slot()]);
            if (r.site().screens().get(s.screen() - 1).premium()) sb.append('*');
        }
        sb.append('\n');
        return sb.toString();
    }
}
