/** One invited guest and their RSVP. */
final class Guest {
    enum Meal { BEEF, FISH, VEGETARIAN, VEGAN, CHILD }

    final int id;
    final String first;
    final String last;
    final int party;        // invitation the guest belongs to
    final boolean attending;
    final Meal meal;
    final boolean glutenFree;
    final boolean nutAllergy;
    final int age;
    final char side;        // 'B' bride, 'G' groom

    Guest(int id, String first, String last, int party, boolean attending, Meal meal, boolean glutenFree, boolean nutAllergy, int age, char side) {
        this.id = id;
        this.first = first;
        this.last = last;
        this.party = party;
        this.attending = attending;
        this.meal = meal;
        this.glutenFree = glutenFree;
        this.nutAllergy = nutAllergy;
        this.age = age;
        this.side = side;
    }
}
