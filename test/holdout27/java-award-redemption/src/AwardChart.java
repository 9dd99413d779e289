import java.util.HashMap;
import java.util.Map;

/** Zone-based award chart with peak/off-peak pricing and partner carrier surcharge. */
public class AwardChart {
    public enum Cabin { ECONOMY, PREMIUM, BUSINESS, FIRST }

    private final Map<String, long[]> milesByZonePair = new HashMap<>();
    private final Map<String, Integer> zoneOfAirport = new HashMap<>();

    AwardChart(String[][] airportsByZone) {
        for (int z = 0; z < airportsByZone.length; z++) {
            for (String a : airportsByZone[z]) {
                zoneOfAirport.put(a, z);
            }
        }
        for (int a = 0; a < airportsByZone.length; a++) {
            for (int b = 0; b < airportsByZone.length; b++) {
                int d = Math.abs(a - b) + 1;
                long base = 7500L + 5000L * d + (a == b ? 0 : 2500L);
                milesByZonePair.put(a + ">" + b, new long[] {base, base * 17 / 10, base * 3, base * 9 / 2});
            }
        }
    }

    int zoneOf(String airport) {
        Integer z = zoneOfAirport.get(airport);
        return z == null ? 0 : z;
    }

    long price(String origin, String destination, Cabin cabin, boolean peak, boolean partner, double loadFactor) {
        long[] row = milesByZonePair.get(zoneOf(origin) + ">" + zoneOf(destination));
        long miles = row[cabin.ordinal()];
        if (peak) {
            miles = miles * 5 / 4;
        }
        if (partner) {
            miles += miles / 10;
        }
        if (loadFactor > 0.85) {
            miles += Math.round(miles * (loadFactor - 0.85) * 2.0);
        }
        return (miles + 249) / 500 * 500;
    }
}
