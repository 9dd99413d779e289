import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Street-range table used to place an address into its voting precinct. */
final class PrecinctStreetIndex {

    private final Map<String, TreeMap<Integer, String>> ranges = new HashMap<>();

    void addRange(String street, int fromNumber, String precinct) {
        ranges.computeIfAbsent(street, s -> new TreeMap<>()).put(fromNumber, precinct);
    }

    String precinctFor(String street, int houseNumber) {
        TreeMap<Integer, String> r = ranges.get(street);
        if (r == null) {
            return null;
        }
        Map.Entry<Integer, String> e = r.floorEntry(houseNumber);
        return e == null ? r.firstEntry().getValue() : e.getValue();
    }
}
