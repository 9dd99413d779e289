import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Student records with completed courses and stored credential hashes. */
public class StudentDirectory {
    public static final class Student {
        final String id;
        final String name;
        final byte[] salt;
        final String pinHash;       // base64 PBKDF2 of the registration PIN
        final String pin;           // kept only so the replay can log in
        final Set<String> completed = new HashSet<>();
        final List<Catalog.Section> schedule = new ArrayList<>();
        final int maxCredits;

        Student(String id, String name, byte[] salt, String pin, String pinHash, int maxCredits) {
            this.id = id; this.name = name; this.salt = salt; this.pin = pin; this.pinHash = pinHash; this.maxCredits = maxCredits;
        }
    }

    private static final String[] FIRST = {"Ada", "Bilal", "Chen", "Dara", "Eitan", "Freya", "Gosia", "Hugo", "Imani", "Jonas"};
    private static final String[] LAST = {"Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Silva", "Brennan", "Kaur"};

    final Map<String, Student> byId = new HashMap<>();
    final List<Student> all = new ArrayList<>();

    static StudentDirectory generate(int n, long seed) {
        Random r = new Random(seed);
        StudentDirectory dir = new StudentDirectory();
        for (int i = 0; i < n; i++) {
            String id = "S" + (2300000 + i);
            byte[] salt = new byte[16];
            r.nextBytes(salt);
            String pin = String.valueOf(100000 + r.nextInt(900000));
            // directory import stores precomputed hashes; we derive the same way the auth layer does
            String hash = Base64.getEncoder().encodeToString(Credentials.derive(pin, salt, Credentials.ITERATIONS));
            Student s = new Student(id, FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)], salt, pin, hash, 12 + 3 * r.nextInt(3));
            for (int k = 0; k < 6; k++) {
                s.completed.add(new String[]{"CHEM", "MATH", "HIST", "PHYS", "LING", "ECON", "BIOL", "COMP", "PHIL", "GEOG"}[r.nextInt(10)] + "-" + (1000 + r.nextInt(90) * 10 + 1));
            }
            dir.byId.put(id, s);
            dir.all.add(s);
        }
        return dir;
    }
}
