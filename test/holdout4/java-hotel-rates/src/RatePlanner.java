import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

public class RatePlanner {
    private final Map<String, Long> baseRates = new HashMap<>();
    private final EnumMap<Month, Double> season = new EnumMap<>(Month.class);
    private final Map<String, Integer> promoPercent = new HashMap<>();
    private final int[] occupancy = new int[400];

    public RatePlanner() {
        baseRates.put("STD", 8900L);
        baseRates.put("DBL", 11900L);
        baseRates.put("TWN", 11400L);
        baseRates.put("STE", 24500L);
        baseRates.put("FAM", 16900L);
        double[] factors = {0.8, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.4, 1.15, 1.0, 0.85, 1.2};
        for (Month m : Month.values()) {
            season.put(m, factors[m.ordinal()]);
        }
        promoPercent.put("SPRING24", 12);
        promoPercent.put("LOYAL10", 10);
        promoPercent.put("WEEKEND", 7);
        roomsPerType.put("STD", 60);
        roomsPerType.put("DBL", 12);
        roomsPerType.put("TWN", 10);
        roomsPerType.put("STE", 4);
        roomsPerType.put("FAM", 8);
        for (int i = 0; i < occupancy.length; i++) {
            occupancy[i] = 40 + (i * 37) % 55;
        }
    }

    /** Arrival dates within three days of the requested one on which the room type can be booked. */
    public List<LocalDate> flexibleArrivals(StayRequest req) {
        List<LocalDate> open = new ArrayList<>(6);
        for (int shift = -3; shift <= 3; shift++) {
            if (shift == 0) continue;
            StayRequest alt = new StayRequest(req.guestName, req.email, req.roomType, req.arrival.plusDays(shift),
                    req.nights, req.adults, req.children, req.promo, req.extras);
            try {
                quote(alt);
                open.add(alt.arrival);
            } catch (SoldOutException e) {
                // not bookable on that date
            }
        }
        return open;
    }

    /** Cheapest other room type for the same stay, offered as an alternative. */
    public String cheaperAlternative(StayRequest req, Quote q) {
        String best = null;
        long bestTotal = q.totalCents;
        for (String room : baseRates.keySet()) {
            if (room.equals(req.roomType)) continue;
            StayRequest alt = new StayRequest(req.guestName, req.email, room, req.arrival, req.nights,
                    req.adults, req.children, req.promo, req.extras);
            long t;
            try {
                t = quote(alt).totalCents;
            } catch (SoldOutException e) {
                continue;
            }
            if (t < bestTotal) {
                bestTotal = t;
                best = room;
            }
        }
        return best;
    }

    private final Map<String, Integer> roomsPerType = new HashMap<>();

    private void checkAvailability(String roomType, LocalDate night) throws SoldOutException {
        int occ = occupancy[night.getDayOfYear() % occupancy.length];
        int rooms = roomsPerType.getOrDefault(roomType, 20);
        if (occ * rooms / 100 >= rooms - 1) {
            throw new SoldOutException(roomType, night);
        }
    }

    public Quote quote(StayRequest req) throws SoldOutException {
        long base = baseRates.getOrDefault(req.roomType, 9900L);
        long[] nightly = new long[req.nights];
        long sum = 0;
        LocalDate d = req.arrival;
        for (int i = 0; i < req.nights; i++) {
            double f = season.get(d.getMonth());
            DayOfWeek dow = d.getDayOfWeek();
            if (dow == DayOfWeek.FRIDAY || dow == DayOfWeek.SATURDAY) {
                f *= 1.15;
            }
            checkAvailability(req.roomType, d);
            int occ = occupancy[d.getDayOfYear() % occupancy.length];
            if (occ > 85) {
                f *= 1.0 + (occ - 85) / 50.0;
            }
            long extra = Math.max(0, req.adults - 2) * 2500L + req.children * 1200L;
            long price = Math.round(base * f) + extra;
            nightly[i] = price;
            sum += price;
            d = d.plusDays(1);
        }
        int pct = promoPercent.getOrDefault(req.promo, 0);
        long discount = sum * pct / 100;
        long cityTax = Math.round((req.adults) * req.nights * 350 * (req.arrival.getMonthValue() >= 6 && req.arrival.getMonthValue() <= 9 ? 1.2 : 1.0));
        long vat = (sum - discount) * 7 / 100;
        return new Quote(nightly, sum, discount, cityTax, vat);
    }
}
