import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Deterministic stand-in for the county extract files and the state list. */
final class SyntheticRolls {

    static final String[] COUNTY_NAMES = {"Adams", "Benton", "Clark", "Douglas", "Franklin", "Grant", "Jefferson", "Lincoln", "Marion", "Pierce", "Union", "Wayne"};
    private static final String[] LAST = {"Anderson", "O'Brien", "Nguyen", "Smith-Jones", "de la Cruz", "Kowalski", "Martinez", "Okafor", "St. John", "Lindqvist", "MacDonald", "Haddad", "Yamamoto", "Rossi", "Van Der Berg", "Walker", "Ibrahim", "Petrov", "Garcia", "Johansson"};
    private static final String[] FIRST = {"Mary", "James", "Ana", "Wei", "Fatima", "John", "Olga", "Luis", "Grace", "Ahmed", "Sofia", "Peter", "Ngozi", "Kenji", "Emma", "Raj", "Lucia", "Tomasz", "Aisha", "David", "Mary-Kate", "Jean Paul"};
    private static final String[] MIDDLE = {"", "A.", "B", "Lee", "Marie", "J.", "Ann", "Ray", "", "K", "Jr.", "III"};
    private static final String[] STREET_WORDS = {"OAK", "MAPLE", "CEDAR", "PINE", "ELM", "WASHINGTON", "LAKE", "HILL", "RIVER", "PARK", "MILL", "CHURCH", "SPRING", "RIDGE", "MEADOW", "FOREST", "HIGHLAND", "SUNSET", "VALLEY", "CANYON"};
    private static final String[] STREET_TYPES = {"ST", "AVE", "RD", "LN", "DR", "CT", "WAY", "BLVD"};
    private static final String[] CITIES = {"SPRINGFIELD", "RIVERTON", "FAIRVIEW", "GEORGETOWN", "SALEM", "MADISON", "CLINTON", "ARLINGTON"};
    private static final String[] PARTIES = {"DEM", "REP", "LIB", "GRN", "UNA", "", "DEM", "REP", "UNA"};
    private static final String[] STATUS = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "INACTIVE", "ACTIVE", "CONFIRMATION"};

    private final SplittableRandom rng;
    private final List<String> streets = new ArrayList<>();
    private int countySeq = 0;

    SyntheticRolls(SplittableRandom rng) {
        this.rng = rng;
        for (String w : STREET_WORDS) {
            for (String t : STREET_TYPES) {
                streets.add(w + " " + t);
                streets.add("N " + w + " " + t);
            }
        }
    }

    PrecinctStreetIndex buildStreetIndex() {
        PrecinctStreetIndex idx = new PrecinctStreetIndex();
        int p = 1;
        for (String s : streets) {
            for (int from = 1; from < 9000; from += 400 + rng.nextInt(1200)) {
                idx.addRange(s, from, "PCT-" + (p++ % 640 + 1));
            }
        }
        return idx;
    }

    StateVoterList buildStateList(int n) {
        StateVoterList list = new StateVoterList();
        for (int i = 0; i < n; i++) {
            StateVoterList.StateVoter v = list.register(
                    canonical(pick(LAST) + (i % 7 == 0 ? "" : " " + (char) ('A' + rng.nextInt(26)) + rng.nextInt(10000))),
                    canonical(pick(FIRST)),
                    LocalDate.of(1930 + rng.nextInt(76), 1 + rng.nextInt(12), 1 + rng.nextInt(28)));
            v.street = pick(streets);
            v.houseNumber = 1 + rng.nextInt(8999);
            v.party = pick(PARTIES).isEmpty() ? "UNA" : PARTIES[rng.nextInt(5)];
            v.status = "ACTIVE";
        }
        return list;
    }

    List<String> countyExtract(String county, int n, StateVoterList state) {
        List<String> lines = new ArrayList<>(n);
        String prefix = county.substring(0, 3).toUpperCase() + (countySeq++);
        StringBuilder sb = new StringBuilder(160);
        for (int i = 0; i < n; i++) {
            sb.setLength(0);
            String last;
            String first;
            LocalDate dob;
            String street;
            int house;
            String party;
            if (rng.nextInt(10) < 7) {
                StateVoterList.StateVoter v = state.get(rng.nextInt(state.size()));
                last = v.lastName;
                first = v.firstName;
                dob = v.birthDate;
                boolean moved = rng.nextInt(12) == 0;
                street = moved ? pick(streets) : v.street;
                house = moved ? 1 + rng.nextInt(8999) : v.houseNumber;
                party = rng.nextInt(20) == 0 ? PARTIES[rng.nextInt(5)] : v.party;
            } else {
                last = pick(LAST) + " " + (char) ('A' + rng.nextInt(26)) + rng.nextInt(100000);
                first = pick(FIRST);
                dob = LocalDate.of(1930 + rng.nextInt(76), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
                street = pick(streets);
                house = 1 + rng.nextInt(8999);
                party = pick(PARTIES);
            }
            sb.append(prefix).append('-').append(i).append('|')
              .append(rng.nextInt(15) == 0 ? last.toLowerCase() : last).append('|')
              .append(rng.nextInt(25) == 0 ? " " + first + " " : first).append('|')
              .append(pick(MIDDLE)).append('|');
            appendDate(sb, dob).append('|');
            sb.append(house);
            switch (rng.nextInt(9)) {
                case 0 -> sb.append((char) ('A' + rng.nextInt(4)));
                case 1 -> sb.append(" 1/2");
                case 2 -> sb.append("-").append((char) ('A' + rng.nextInt(6)));
                default -> { }
            }
            sb.append('|').append(street).append('|').append(pick(CITIES)).append('|')
              .append(97000 + rng.nextInt(900)).append('|').append(party).append('|');
            appendDate(sb, LocalDate.of(1990 + rng.nextInt(35), 1 + rng.nextInt(12), 1 + rng.nextInt(28))).append('|');
            sb.append(pick(STATUS)).append('|');
            if (rng.nextInt(5) != 0) {
                appendDate(sb, LocalDate.of(2008 + 2 * rng.nextInt(9), 11, 1 + rng.nextInt(8)));
            }
            if (rng.nextInt(400) == 0) {
                sb.append("|EXTRA");
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    /** Names in the state list are already stored upper-case with only letters, apostrophes, hyphens and single spaces. */
    private static String canonical(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toUpperCase(name.charAt(i));
            if (c == ' ') {
                space = sb.length() > 0;
            } else if (Character.isLetter(c) || c == '\'' || c == '-') {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    List<DeathNotice> deceasedNotices(StateVoterList state, int n) {
        List<DeathNotice> notices = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StateVoterList.StateVoter v = state.get(rng.nextInt(state.size()));
            notices.add(new DeathNotice("DC-2024-" + (40_000 + i), v.lastName, v.firstName, v.birthDate,
                    LocalDate.of(2024, 1 + rng.nextInt(12), 1 + rng.nextInt(28))));
        }
        return notices;
    }

    private static StringBuilder appendDate(StringBuilder sb, LocalDate d) {
        if (d.getMonthValue() < 10) sb.append('0');
        sb.append(d.getMonthValue()).append('/');
        if (d.getDayOfMonth() < 10) sb.append('0');
        sb.append(d.getDayOfMonth()).append('/').append(d.getYear());
        return sb;
    }

    private String pick(String[] a) {
        return a[rng.nextInt(a.length)];
    }

    private String pick(List<String> a) {
        return a.get(rng.nextInt(a.size()));
    }
}
