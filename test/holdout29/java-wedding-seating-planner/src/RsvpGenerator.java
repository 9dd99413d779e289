import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Deterministic RSVP exports and relationship notes for a season of weddings. */
final class RsvpGenerator {
    private final SplittableRandom rng;
    private int nextId = 1;

    RsvpGenerator(SplittableRandom rng) { this.rng = rng; }

    private static final String[] FIRST = {"Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Grace", "Freya", "Ella",
            "Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Oscar", "Jack", "Charlie", "Henry", "Margaret", "Pauline",
            "Derek", "Graham", "Susan", "Keith", "Brenda", "Colin", "Aunty Jean", "Uncle Ray"};
    private static final String[] LAST = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
            "Wright", "Walker", "Evans", "Thomas", "Roberts", "Khan", "Lewis", "Hughes", "Clarke", "Green", "Hall", "Wood", "Harris",
            "Martin", "Jackson", "Clark", "Turner", "O'Neill", "MacLeod", "Nowak", "Okafor"};
    private static final String[] MEALS = {"beef", "beef", "fish", "vegetarian", "vegan", "Fish", "Veg", ""};
    private static final String[] DIETS = {"", "", "", "", "", "", "gluten free", "coeliac", "nut allergy", "no nuts please", "dairy free"};

    private final List<int[]> pendingEdges = new ArrayList<>();

    List<String> weddingReturns(int wedding) {
        pendingEdges.clear();
        int invitations = 35 + rng.nextInt(75);
        List<String> out = new ArrayList<>(invitations * 3);
        StringBuilder sb = new StringBuilder(96);
        for (int inv = 0; inv < invitations; inv++) {
            int party = wedding * 1000 + inv;
            char side = rng.nextBoolean() ? 'B' : 'G';
            String last = LAST[rng.nextInt(LAST.length)];
            int size = 1 + rng.nextInt(rng.nextInt(4) == 0 ? 5 : 2);
            boolean accepts = rng.nextInt(10) < 8;
            int firstId = nextId;
            for (int k = 0; k < size; k++) {
                int age = k < 2 ? 22 + rng.nextInt(60) : 2 + rng.nextInt(15);
                sb.setLength(0);
                sb.append(nextId++).append(';').append(FIRST[rng.nextInt(FIRST.length)]).append(';').append(last).append(';')
                        .append(party).append(';').append(accepts ? (rng.nextInt(5) == 0 ? "Accepts" : "yes") : "no").append(';')
                        .append(MEALS[rng.nextInt(MEALS.length)]).append(';').append(DIETS[rng.nextInt(DIETS.length)]).append(';')
                        .append(age).append(';').append(side);
                out.add(sb.toString());
            }
            if (size >= 2) pendingEdges.add(new int[]{firstId, firstId + 1, 60});
            for (int k = 2; k < size; k++) pendingEdges.add(new int[]{firstId + k, firstId, 8});
        }
        return out;
    }

    /** Notes from the couple: who must sit apart, who gets on. */
    int[][] relationships(List<Guest> guests) {
        List<int[]> edges = new ArrayList<>(pendingEdges);
        int n = guests.size();
        for (int k = 0; k < n / 12; k++) {
            Guest a = guests.get(rng.nextInt(n)), b = guests.get(rng.nextInt(n));
            if (a.id != b.id) edges.add(new int[]{a.id, b.id, rng.nextInt(4) == 0 ? -40 : 5});
        }
        return edges.toArray(new int[0][]);
    }
}
