import java.util.List;

/**
 * Attendance forecast per film, day and start slot for one site. The table is
 * built once per site; the optimiser only reads it.
 */
final class DemandModel {
    static final int DAYS = 7;
    static final int FIRST_MIN = 10 * 60;      // 10:00
    static final int LAST_START_MIN = 23 * 60 + 30;
    static final int SLOT_MIN = 5;
    static final int SLOTS = (LAST_START_MIN - FIRST_MIN) / SLOT_MIN + 1;

    private static final double[] DOW = {0.55, 0.5, 0.6, 0.75, 1.15, 1.45, 1.25}; // Mon..Sun
    private static final double[][] GENRE_DAYPART = {
        // morning, afternoon, early evening, prime, late
        {1.6, 1.5, 1.0, 0.6, 0.2},   // family
        {0.5, 0.8, 1.1, 1.4, 1.0},   // action
        {0.8, 1.0, 1.1, 1.2, 0.6},   // drama
        {0.2, 0.4, 0.9, 1.4, 1.6},   // horror
        {0.6, 0.9, 1.1, 1.3, 0.9},   // comedy
        {1.0, 1.1, 1.0, 0.8, 0.4},   // documentary
        {1.7, 1.6, 1.0, 0.5, 0.1},   // animation
    };

    final double[][][] attendance; // [film][day][slot], unconstrained by seats
    final double[][] price;        // [day][slot]

    DemandModel(Site site, List<Film> films) {
        attendance = new double[films.size()][DAYS][SLOTS];
        price = new double[DAYS][SLOTS];
        for (int d = 0; d < DAYS; d++) {
            for (int s = 0; s < SLOTS; s++) {
                int minute = FIRST_MIN + s * SLOT_MIN;
                double peak = minute >= 17 * 60 && (d >= 4 || minute < 21 * 60) ? 1.25 : 1.0;
                double matinee = minute < 13 * 60 ? 0.8 : 1.0;
                price[d][s] = site.basePrice() * peak * matinee * (d == 1 ? 0.7 : 1.0); // cheap Tuesdays
            }
        }
        for (Film f : films) {
            int g = genreIndex(f.genre());
            double decay = Math.pow(0.72, f.weeksOnRelease());
            for (int d = 0; d < DAYS; d++) {
                double opening = f.weeksOnRelease() == 0 && d >= 4 ? 1.3 : 1.0;
                for (int s = 0; s < SLOTS; s++) {
                    int minute = FIRST_MIN + s * SLOT_MIN;
                    attendance[f.id()][d][s] = site.audienceScale() * 140 * f.popularity() * decay * opening
                            * DOW[d] * daypartCurve(minute, g, site) * schoolHolidayEffect(d, minute, g);
                }
            }
        }
    }

    static int genreIndex(String genre) {
        for (int i = 0; i < Catalog.GENRES.length; i++) {
            if (Catalog.GENRES[i].equals(genre)) return i;
        }
        return 2;
    }

    /** Smoothly interpolated daypart effect with local audience adjustments. */
    private static double daypartCurve(int minute, int genre, Site site) {
        double[] centres = {11 * 60, 14.5 * 60, 17.5 * 60, 20 * 60, 22.5 * 60};
        double wsum = 0, v = 0;
        for (int k = 0; k < centres.length; k++) {
            double z = (minute - centres[k]) / 75.0;
            double w = Math.exp(-0.5 * z * z);
            double adj = GENRE_DAYPART[genre][k];
            if (k <= 1) adj *= 0.7 + 0.6 * site.familyBias();
            if (k == 4) adj *= 0.6 + 0.8 * site.lateNightBias();
            wsum += w;
            v += w * adj;
        }
        double overall = Math.exp(-0.5 * Math.pow((minute - 19.5 * 60) / 200.0, 2));
        return (v / wsum) * (0.35 + overall);
    }

    private static double schoolHolidayEffect(int day, int minute, int genre) {
        boolean kids = genre == 0 || genre == 6;
        if (!kids || day >= 5) return 1.0;
        return minute < 16 * 60 ? 1.35 : 1.05; // half-term week
    }
}
