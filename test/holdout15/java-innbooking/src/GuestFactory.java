package innbooking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Seeds the guest directory used by the traffic replay. */
final class GuestFactory {
    private static final String[] FIRST = {"Aoife", "Bjorn", "Carmen", "Dieter", "Elena", "Fionn", "Giulia", "Hugo", "Ines", "Jonas", "Katrin", "Lars", "Maeve", "Nora", "Oscar", "Paola"};
    private static final String[] LAST = {"Brennan", "Schulz", "Garcia", "Rossi", "Dubois", "Jansen", "Nilsson", "Kelly", "Moreau", "Weber", "Silva", "Larsen"};
    private static final Locale[] LOCALES = {Locale.UK, Locale.GERMANY, Locale.FRANCE, Locale.ITALY, new Locale("es", "ES"), new Locale("nl", "NL"), new Locale("sv", "SE"), Locale.US, new Locale("ga", "IE")};

    private GuestFactory() {}

    static List<Guest> create(int n, AuthService auth, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Guest> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String first = FIRST[rnd.nextInt(FIRST.length)];
            String last = LAST[rnd.nextInt(LAST.length)];
            String user = (first.charAt(0) + last + i).toLowerCase(Locale.ROOT);
            String password = "pw-" + Long.toHexString(rnd.nextLong());
            Guest g = new Guest(user, first + " " + last, LOCALES[rnd.nextInt(LOCALES.length)], auth.hashPassword(password, rnd.nextLong()), password);
            auth.register(g);
            out.add(g);
        }
        return out;
    }
}
