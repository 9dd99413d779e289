import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates a realistic stream of portal requests for the replay. */
final class RequestFactory {
    private RequestFactory() {}

    static RegistrationRequest next(Random rnd, Catalog catalog, StudentDirectory dir) {
        StudentDirectory.Student s = dir.all.get(rnd.nextInt(dir.all.size()));
        String pin = rnd.nextInt(50) == 0 ? "000000" : s.pin;
        int n = 1 + rnd.nextInt(6);
        List<String> codes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            codes.add(catalog.sections.get(rnd.nextInt(catalog.sections.size())).code);
        }
        return new RegistrationRequest(s.id, pin, codes, 1758528000L + rnd.nextInt(86400 * 5));
    }
}
