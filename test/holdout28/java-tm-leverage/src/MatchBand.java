/** CAT-tool analysis bands used on agency quotes. */
enum MatchBand {
    REPETITION("Repetitions", 100),
    EXACT("100%", 100),
    FUZZY_95("95-99%", 95),
    FUZZY_85("85-94%", 85),
    FUZZY_75("75-84%", 75),
    NO_MATCH("No match", 0);

    final String label;
    final int floor;

    MatchBand(String label, int floor) {
        this.label = label;
        this.floor = floor;
    }

    static MatchBand forScore(int score) {
        if (score >= 100) return EXACT;
        if (score >= 95) return FUZZY_95;
        if (score >= 85) return FUZZY_85;
        if (score >= 75) return FUZZY_75;
        return NO_MATCH;
    }
}
