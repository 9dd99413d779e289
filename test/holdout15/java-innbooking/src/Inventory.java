package innbooking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** All rooms of all properties, indexed by id and by property. */
public final class Inventory {
    private final Map<String, Room> byId = new HashMap<>();
    private final Map<String, List<Room>> byProperty = new LinkedHashMap<>();

    static Inventory build(String[] properties, int roomsEach, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Inventory inv = new Inventory();
        Room.Type[] types = Room.Type.values();
        for (String p : properties) {
            List<Room> list = new ArrayList<>();
            String code = p.substring(0, 2).toUpperCase();
            for (int i = 1; i <= roomsEach; i++) {
                Room r = new Room(code + "-" + (100 + i), p, types[rnd.nextInt(types.length)], rnd.nextInt(4) == 0);
                list.add(r);
                inv.byId.put(r.id(), r);
            }
            inv.byProperty.put(p, list);
        }
        return inv;
    }

    public Room room(String id) { return byId.get(id); }

    public List<String> properties() { return new ArrayList<>(byProperty.keySet()); }

    public List<Room> rooms(String property) { return byProperty.getOrDefault(property, Collections.emptyList()); }

    /** Fraction of a property's rooms occupied on a given day. */
    public double occupancy(String property, int day) {
        List<Room> rooms = rooms(property);
        int occ = 0;
        for (Room r : rooms) {
            if (r.isOccupied(day)) occ++;
        }
        return rooms.isEmpty() ? 0 : (double) occ / rooms.size();
    }

    public List<Room> available(String property, Room.Type type, int partySize, int fromDay, int toDay) {
        List<Room> out = new ArrayList<>();
        for (Room r : rooms(property)) {
            if ((type == null || r.type() == type) && r.type().capacity >= partySize && r.isFree(fromDay, toDay)) {
                out.add(r);
            }
        }
        return out;
    }
}
