package innbooking;

import java.time.LocalDate;

/** A reservation. Mutations go through copies so changes can be audited. */
public final class Booking {
    public enum Status { CONFIRMED, MODIFIED, CANCELLED }

    private final String id;
    private final String guestUsername;
    private String roomId;
    private String property;
    private LocalDate checkIn;
    private LocalDate checkOut;
    private int adults;
    private int children;
    private boolean breakfast;
    private Status status;
    private long[] nightlyCents;
    private long totalCents;
    private String specialRequests;
    private int revision;

    Booking(String id, String guestUsername) {
        this.id = id;
        this.guestUsername = guestUsername;
    }

    Booking copy() {
        Booking b = new Booking(id, guestUsername);
        b.roomId = roomId; b.property = property; b.checkIn = checkIn; b.checkOut = checkOut;
        b.adults = adults; b.children = children; b.breakfast = breakfast; b.status = status;
        b.nightlyCents = nightlyCents.clone(); b.totalCents = totalCents;
        b.specialRequests = specialRequests; b.revision = revision;
        return b;
    }

    public String getId() { return id; }
    public String getGuestUsername() { return guestUsername; }
    public String getRoomId() { return roomId; }
    public String getProperty() { return property; }
    public LocalDate getCheckIn() { return checkIn; }
    public LocalDate getCheckOut() { return checkOut; }
    public int getAdults() { return adults; }
    public int getChildren() { return children; }
    public boolean isBreakfast() { return breakfast; }
    public Status getStatus() { return status; }
    public long[] getNightlyCents() { return nightlyCents; }
    public long getTotalCents() { return totalCents; }
    public String getSpecialRequests() { return specialRequests; }
    public int getRevision() { return revision; }
    public int getNights() { return nightlyCents.length; }
    public int getGuests() { return adults + children; }

    void setRoom(Room r) { this.roomId = r.id(); this.property = r.property(); }
    void setStay(LocalDate in, LocalDate out) { this.checkIn = in; this.checkOut = out; }
    void setParty(int adults, int children) { this.adults = adults; this.children = children; }
    void setBreakfast(boolean b) { this.breakfast = b; }
    void setStatus(Status s) { this.status = s; }
    void setPricing(long[] nightly) {
        this.nightlyCents = nightly;
        long t = 0;
        for (long c : nightly) t += c;
        this.totalCents = t;
    }
    void setSpecialRequests(String s) { this.specialRequests = s; }
    void bumpRevision() { revision++; }
}
