package innbooking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Routes portal API calls to the booking services. */
public final class RequestHandler {
    private final AuthService auth;
    private final BookingService bookings;
    private final InvoiceFormatter formatter;
    private final Inventory inventory;
    private final RateCalculator rates;
    private final Map<String, Guest> guests = new HashMap<>();

    RequestHandler(AuthService auth, BookingService bookings, InvoiceFormatter formatter, Inventory inventory, RateCalculator rates, List<Guest> directory) {
        this.auth = auth;
        this.bookings = bookings;
        this.formatter = formatter;
        this.inventory = inventory;
        this.rates = rates;
        for (Guest g : directory) guests.put(g.getUsername(), g);
    }

    public ApiResponse handle(ApiRequest req) {
        Guest guest = guests.get(req.username());
        if (guest == null || !auth.verify(req.username(), req.password())) {
            return ApiResponse.of(401, "invalid credentials");
        }
        switch (req.kind()) {
            case "SEARCH": return search(guest, req);
            case "BOOK": return book(guest, req);
            case "MODIFY": return modify(guest, req);
            case "CANCEL": return cancel(guest);
            case "INVOICE": return invoice(guest);
            case "PROFILE": return ApiResponse.ok(guest.getFullName() + " points=" + guest.getLoyaltyPoints());
            default: return ApiResponse.of(400, "unknown operation");
        }
    }

    private List<SearchOffer> offers(ApiRequest req) {
        int party = req.adults() + req.children();
        int to = Math.min(365, req.fromDay() + req.nights());
        List<String> props = req.property() == null ? inventory.properties() : List.of(req.property());
        List<SearchOffer> offers = new ArrayList<>();
        for (String p : props) {
            for (Room r : inventory.available(p, req.roomType(), party, req.fromDay(), to)) {
                long[] nightly = rates.quote(r, req.fromDay(), to, req.breakfast(), party);
                offers.add(new SearchOffer(r, nightly, rates.dateOf(req.fromDay()), rates.dateOf(to)));
            }
        }
        offers.sort(Comparator.comparingLong(SearchOffer::getTotalCents));
        return offers;
    }

    private ApiResponse search(Guest guest, ApiRequest req) {
        List<SearchOffer> offers = offers(req);
        Locale loc = guest.getLocale();
        List<SearchOffer> page = offers.subList(0, Math.min(12, offers.size()));
        for (SearchOffer o : page) {
            o.setDisplay(formatter.money(o.getTotalCents(), loc));
        }
        return ApiResponse.ok(ResponseWriter.list("offers", page, offers.size()));
    }

    private ApiResponse book(Guest guest, ApiRequest req) {
        List<SearchOffer> offers = offers(req);
        if (offers.isEmpty()) return ApiResponse.of(409, "no availability");
        SearchOffer best = offers.get(0);
        int to = Math.min(365, req.fromDay() + req.nights());
        Booking b = bookings.book(guest, best.room(), req.fromDay(), to, req.adults(), req.children(), req.breakfast(),
                req.children() > 0 ? "cot please" : "");
        if (b == null) return ApiResponse.of(409, "room taken");
        StringBuilder sb = new StringBuilder(512);
        ResponseWriter.writeBean(sb, b);
        return ApiResponse.ok(sb.append("\n").append(formatter.money(b.getTotalCents(), guest.getLocale())).toString());
    }

    private ApiResponse modify(Guest guest, ApiRequest req) {
        Booking latest = bookings.latestFor(guest.getUsername());
        if (latest == null) return ApiResponse.of(404, "no booking");
        Booking b = bookings.modify(guest, latest.getId(), req.shiftDays(), req.breakfast());
        if (b == null) return ApiResponse.of(409, "cannot modify");
        return ApiResponse.ok("modified " + b.getId() + " " + formatter.money(b.getTotalCents(), guest.getLocale()));
    }

    private ApiResponse cancel(Guest guest) {
        Booking latest = bookings.latestFor(guest.getUsername());
        if (latest == null) return ApiResponse.of(404, "no booking");
        Booking b = bookings.cancel(guest, latest.getId());
        return b == null ? ApiResponse.of(409, "already cancelled") : ApiResponse.ok("cancelled " + b.getId());
    }

    private ApiResponse invoice(Guest guest) {
        Booking latest = bookings.latestFor(guest.getUsername());
        if (latest == null) return ApiResponse.of(404, "no booking");
        StringBuilder sb = new StringBuilder(1024);
        sb.append("{\"booking\":");
        ResponseWriter.writeBean(sb, latest);
        sb.append(",\"document\":\"").append(formatter.invoice(latest, guest, inventory.room(latest.getRoomId())).replace("\n", "\\n")).append("\"}");
        return ApiResponse.ok(sb.toString());
    }
}
