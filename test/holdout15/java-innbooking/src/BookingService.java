package innbooking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Creates, changes and cancels reservations. */
public final class BookingService {
    private final Inventory inventory;
    private final RateCalculator rates;
    private final ChangeAuditor auditor;
    private final Map<String, Booking> byId = new HashMap<>();
    private final Map<String, List<String>> byGuest = new HashMap<>();
    private int seq = 1;

    BookingService(Inventory inventory, RateCalculator rates, ChangeAuditor auditor) {
        this.inventory = inventory;
        this.rates = rates;
        this.auditor = auditor;
    }

    public ChangeAuditor auditor() { return auditor; }

    public Booking book(Guest guest, Room room, int fromDay, int toDay, int adults, int children, boolean breakfast, String requests) {
        if (!room.isFree(fromDay, toDay)) return null;
        Booking b = new Booking("BK" + (100000 + seq++), guest.getUsername());
        b.setRoom(room);
        b.setStay(rates.dateOf(fromDay), rates.dateOf(toDay));
        b.setParty(adults, children);
        b.setBreakfast(breakfast);
        b.setPricing(rates.quote(room, fromDay, toDay, breakfast, adults + children));
        b.setSpecialRequests(requests);
        b.setStatus(Booking.Status.CONFIRMED);
        room.occupy(fromDay, toDay);
        byId.put(b.getId(), b);
        byGuest.computeIfAbsent(guest.getUsername(), k -> new ArrayList<>()).add(b.getId());
        guest.addLoyaltyPoints((int) (b.getTotalCents() / 1000));
        auditor.record(guest.getUsername(), "CREATE " + b.getId(), null, b);
        return b;
    }

    /** Moves the stay by shiftDays and/or toggles breakfast, re-pricing the stay. */
    public Booking modify(Guest guest, String bookingId, int shiftDays, boolean toggleBreakfast) {
        Booking current = byId.get(bookingId);
        if (current == null || current.getStatus() == Booking.Status.CANCELLED) return null;
        Room room = inventory.room(current.getRoomId());
        int from = rates.dayOf(current.getCheckIn());
        int to = rates.dayOf(current.getCheckOut());
        room.release(from, to);
        int nf = Math.max(0, from + shiftDays), nt = Math.min(365, nf + (to - from));
        if (!room.isFree(nf, nt)) {
            room.occupy(from, to);
            return null;
        }
        Booking updated = current.copy();
        updated.setStay(rates.dateOf(nf), rates.dateOf(nt));
        if (toggleBreakfast) updated.setBreakfast(!current.isBreakfast());
        updated.setPricing(rates.quote(room, nf, nt, updated.isBreakfast(), updated.getGuests()));
        updated.setStatus(Booking.Status.MODIFIED);
        updated.bumpRevision();
        room.occupy(nf, nt);
        byId.put(bookingId, updated);
        auditor.record(guest.getUsername(), "MODIFY " + bookingId, current, updated);
        return updated;
    }

    public Booking cancel(Guest guest, String bookingId) {
        Booking current = byId.get(bookingId);
        if (current == null || current.getStatus() == Booking.Status.CANCELLED) return null;
        Room room = inventory.room(current.getRoomId());
        room.release(rates.dayOf(current.getCheckIn()), rates.dayOf(current.getCheckOut()));
        Booking updated = current.copy();
        updated.setStatus(Booking.Status.CANCELLED);
        updated.bumpRevision();
        byId.put(bookingId, updated);
        auditor.record(guest.getUsername(), "CANCEL " + bookingId, current, updated);
        return updated;
    }

    public Booking get(String id) { return byId.get(id); }

    /** Most recent booking of the guest, or null. */
    public Booking latestFor(String username) {
        List<String> ids = byGuest.get(username);
        return ids == null || ids.isEmpty() ? null : byId.get(ids.get(ids.size() - 1));
    }

    public int liveCount() {
        int n = 0;
        for (Booking b : byId.values()) if (b.getStatus() != Booking.Status.CANCELLED) n++;
        return n;
    }

    public List<String> revenueByProperty(InvoiceFormatter fmt) {
        Map<String, Long> rev = new TreeMap<>();
        for (Booking b : byId.values()) {
            if (b.getStatus() != Booking.Status.CANCELLED) rev.merge(b.getProperty(), b.getTotalCents(), Long::sum);
        }
        List<String> out = new ArrayList<>();
        rev.forEach((p, c) -> out.add("  " + p + ": " + fmt.money(c, java.util.Locale.UK)));
        return out;
    }
}
