package innbooking;

import java.time.LocalDate;

/** A priced room offer returned by availability search. */
public final class SearchOffer {
    private final Room room;
    private final long[] nightly;
    private final long totalCents;
    private final LocalDate checkIn;
    private final LocalDate checkOut;
    private String totalDisplay;

    SearchOffer(Room room, long[] nightly, LocalDate checkIn, LocalDate checkOut) {
        this.room = room;
        this.nightly = nightly;
        long t = 0;
        for (long c : nightly) t += c;
        this.totalCents = t;
        this.checkIn = checkIn;
        this.checkOut = checkOut;
    }

    void setDisplay(String total) {
        this.totalDisplay = total;
    }

    public String getProperty() { return room.property(); }
    public String getRoomId() { return room.id(); }
    public Room.Type getRoomType() { return room.type(); }
    public boolean isSeaView() { return room.seaView(); }
    public int getCapacity() { return room.type().capacity; }
    public LocalDate getCheckIn() { return checkIn; }
    public LocalDate getCheckOut() { return checkOut; }
    public int getNights() { return nightly.length; }
    public long[] getNightlyCents() { return nightly; }
    public long getTotalCents() { return totalCents; }
    public String getTotalDisplay() { return totalDisplay; }
    public long getAverageNightCents() { return totalCents / nightly.length; }
    Room room() { return room; }
}
