import java.time.LocalDate;

/** One registration line from a county extract after parsing. */
public record VoterRecord(
        String countyVoterId,
        String lastName,
        String firstName,
        String middleName,
        LocalDate birthDate,
        int houseNumber,
        String houseSuffix,
        String street,
        String city,
        String zip,
        String party,
        LocalDate registeredOn,
        String status,
        LocalDate lastVotedOn) {

    String matchKey() {
        return matchKey(lastName, firstName, birthDate);
    }

    /** Identity used to match a registration to the state list: surname, given name, date of birth. */
    static String matchKey(String lastName, String firstName, LocalDate birthDate) {
        return String.format("%s|%s|%s", lastName, firstName, birthDate);
    }
}
