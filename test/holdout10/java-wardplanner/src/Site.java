import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A hospital site and its inpatient wards. */
public class Site {
    static final String[] SPECIALTIES = {"GENMED", "CARD", "RESP", "GERI", "SURG", "ORTHO", "NEURO", "RENAL"};

    final String name;
    final List<Ward> wards = new ArrayList<>();
    final Map<String, List<Ward>> bySpecialty = new HashMap<>();
    final Map<String, Ward> byId = new HashMap<>();

    Site(String name) {
        this.name = name;
    }

    static Site build(String name, int index, int wardCount) {
        Random rng = new Random(991L * (index + 3));
        Site s = new Site(name);
        String code = name.replaceAll("[^A-Z]", "");
        for (int w = 0; w < wardCount; w++) {
            String spec = SPECIALTIES[w % SPECIALTIES.length];
            int beds = 22 + rng.nextInt(9);
            int sideRooms = 2 + rng.nextInt(4);
            Ward ward = new Ward(code + "-" + spec + "-" + (w / SPECIALTIES.length + 1), spec, beds, sideRooms, w % 5 == 0 ? 1 : 2);
            s.wards.add(ward);
            s.bySpecialty.computeIfAbsent(spec, k -> new ArrayList<>()).add(ward);
            s.byId.put(ward.id, ward);
        }
        return s;
    }

    int capacity() {
        int n = 0;
        for (Ward w : wards) {
            n += w.beds.length;
        }
        return n;
    }

    int occupied() {
        int n = 0;
        for (Ward w : wards) {
            n += w.occupied();
        }
        return n;
    }
}
