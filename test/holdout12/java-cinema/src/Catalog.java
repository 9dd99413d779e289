import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A title on release, as booked from the distributor. */
record Film(int id, String title, int runtimeMin, String genre, String rating, int weeksOnRelease,
            double popularity, boolean premiumFormat, int minShowsPerWeek) {
}

/** One auditorium. */
record Screen(int number, int seats, boolean premium) {
}

/** A cinema site with its screens and local audience profile. */
record Site(String code, String name, List<Screen> screens, double audienceScale, double familyBias,
            double lateNightBias, double basePrice) {
}

/** Booking-office catalogue: the films on offer this week and the circuit's sites. */
final class Catalog {
    static final String[] GENRES = {"family", "action", "drama", "horror", "comedy", "documentary", "animation"};
    static final String[] RATINGS = {"U", "PG", "12A", "15", "18"};
    private static final String[] WORDS = {"Last", "Harbour", "Winter", "Signal", "Paper", "Moon", "Orchard",
        "Crossing", "Iron", "Glass", "Tide", "Letters", "Echo", "Garden", "Northern", "Run", "House", "Quiet",
        "Lantern", "Fox", "Storm", "Silver", "Field", "Summer"};

    final List<Film> films = new ArrayList<>();
    final List<Site> sites = new ArrayList<>();

    Catalog(Random rnd, int nFilms, int nSites) {
        java.util.Set<String> titles = new java.util.HashSet<>();
        for (int i = 0; i < nFilms; i++) {
            String title = WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)];
            if (rnd.nextInt(4) == 0) title = "The " + title;
            while (titles.contains(title)) title = title + " II";
            titles.add(title);
            String genre = GENRES[rnd.nextInt(GENRES.length)];
            String rating = genre.equals("family") || genre.equals("animation") ? RATINGS[rnd.nextInt(2)]
                    : RATINGS[1 + rnd.nextInt(4)];
            int weeks = rnd.nextInt(9);
            films.add(new Film(i, title, 85 + rnd.nextInt(80), genre, rating, weeks,
                    0.3 + rnd.nextDouble() * (weeks == 0 ? 2.2 : 1.2), rnd.nextInt(5) == 0,
                    weeks <= 1 ? 21 : (weeks <= 3 ? 14 : 7)));
        }
        String[] towns = {"Riverside", "Kingsgate", "Millbrook", "Ashford Quay", "Beacon Hill", "Elmstead",
            "Northwharf", "Castleton"};
        for (int s = 0; s < nSites; s++) {
            List<Screen> screens = new ArrayList<>();
            int n = 8 + rnd.nextInt(7);
            for (int k = 0; k < n; k++) {
                boolean premium = k == 0 || (k == 1 && n > 11);
                screens.add(new Screen(k + 1, premium ? 320 + rnd.nextInt(120) : 90 + rnd.nextInt(180), premium));
            }
            sites.add(new Site("S" + (s + 1), towns[s % towns.length], screens, 0.7 + rnd.nextDouble() * 0.8,
                    rnd.nextDouble(), rnd.nextDouble(), 8.5 + rnd.nextInt(5)));
        }
    }
}
