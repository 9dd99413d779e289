package innbooking;

import java.util.BitSet;

/** A bookable room; occupancy is kept per day-of-year. */
public final class Room {
    public enum Type { SINGLE(1, 6900), DOUBLE(2, 9900), FAMILY(4, 14500), SUITE(2, 19900);
        final int capacity; final long baseCents;
        Type(int capacity, long baseCents) { this.capacity = capacity; this.baseCents = baseCents; }
    }

    private final String id;
    private final String property;
    private final Type type;
    private final boolean seaView;
    private final BitSet occupied = new BitSet(400);

    Room(String id, String property, Type type, boolean seaView) {
        this.id = id;
        this.property = property;
        this.type = type;
        this.seaView = seaView;
    }

    public String id() { return id; }
    public String property() { return property; }
    public Type type() { return type; }
    public boolean seaView() { return seaView; }

    boolean isFree(int fromDay, int toDay) {
        int next = occupied.nextSetBit(fromDay);
        return next < 0 || next >= toDay;
    }

    boolean isOccupied(int day) { return occupied.get(day); }

    void occupy(int fromDay, int toDay) { occupied.set(fromDay, toDay); }

    void release(int fromDay, int toDay) { occupied.clear(fromDay, toDay); }
}
