import java.util.List;

/** A census household (one schedule). */
public final class Household {
    final int censusYear;
    final String piece;      // e.g. HO107/2371
    final int folio;
    final int schedule;
    final String district;
    final String address;
    final List<Person> members;
    final String headKey;    // soundex of head's surname + district + head's initial, used for blocking

    Household(int censusYear, String piece, int folio, int schedule, String district, String address, List<Person> members) {
        this.censusYear = censusYear;
        this.piece = piece;
        this.folio = folio;
        this.schedule = schedule;
        this.district = district;
        this.address = address;
        this.members = members;
        this.headKey = Names.soundex(members.get(0).surname) + "/" + district + "/" + members.get(0).forename.charAt(0);
    }

    Person head() { return members.get(0); }
}
