package org.herbaria.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Named collecting localities with coordinates and country bounding boxes. */
public final class Gazetteer {
    public record Place(String name, String country, double lat, double lon, int elevation) {}

    private record Box(double minLat, double maxLat, double minLon, double maxLon) {
        boolean contains(double lat, double lon) {
            return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
        }
    }

    private static final String[] PREFIX = {"Alp", "Val", "Piz", "Col", "Mont", "Lac", "Ober", "Unter", "Hinter", "Gross"};
    private static final String[] SUFFIX = {"bach", "egg", "horn", "matt", "wald", "alp", "tal", "boden", "fluh", "rain"};

    private final List<Place> places = new ArrayList<>();
    private final Map<String, Place> byName = new HashMap<>();
    private final Map<String, Box> countries = new HashMap<>();

    public static Gazetteer alpineRegion(long seed, int size) {
        Gazetteer g = new Gazetteer();
        g.countries.put("CH", new Box(45.8, 47.8, 5.9, 10.5));
        g.countries.put("AT", new Box(46.4, 49.0, 9.5, 17.2));
        g.countries.put("IT", new Box(36.6, 47.1, 6.6, 18.5));
        g.countries.put("FR", new Box(41.3, 51.1, -5.1, 9.6));
        String[] codes = {"CH", "CH", "CH", "AT", "IT", "FR"};
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 0;
        while (g.places.size() < size) {
            String code = codes[rnd.nextInt(codes.length)];
            Box b = g.countries.get(code);
            String name = PREFIX[rnd.nextInt(PREFIX.length)] + SUFFIX[rnd.nextInt(SUFFIX.length)] + " " + (++n);
            double lat = rnd.nextDouble(Math.max(b.minLat, 45.9) + 0.05, Math.min(b.maxLat, 47.6) - 0.05);
            double lon = rnd.nextDouble(Math.max(b.minLon, 6.0) + 0.05, Math.min(b.maxLon, 13.0) - 0.05);
            if (!b.contains(lat, lon)) {
                continue;
            }
            Place p = new Place(name, code, lat, lon, 400 + rnd.nextInt(2600));
            g.places.add(p);
            g.byName.put(name, p);
        }
        return g;
    }

    public int size() { return places.size(); }

    public Place place(int i) { return places.get(i); }

    public Place byName(String name) { return byName.get(name); }

    public boolean inCountry(String code, double lat, double lon) {
        Box b = countries.get(code);
        return b != null && b.contains(lat, lon);
    }
}
