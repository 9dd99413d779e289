/** One person as transcribed on a census schedule. */
public final class Person {
    final String forename;
    final String surname;
    final String relation;   // Head, Wife, Son, Daur, Serv, Lodger ...
    final String condition;  // Mar, Unm, Wid
    final int ageMonths;     // age in months; adults are 12 * years
    final String occupation;
    final String birthCounty;
    final String birthParish;

    Person(String forename, String surname, String relation, String condition, int ageMonths,
           String occupation, String birthCounty, String birthParish) {
        this.forename = forename;
        this.surname = surname;
        this.relation = relation;
        this.condition = condition;
        this.ageMonths = ageMonths;
        this.occupation = occupation;
        this.birthCounty = birthCounty;
        this.birthParish = birthParish;
    }

    int ageYears() { return ageMonths / 12; }
}
