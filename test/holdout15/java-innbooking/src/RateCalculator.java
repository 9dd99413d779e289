package innbooking;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Nightly pricing: season, weekend uplift, demand and length-of-stay discount. */
public final class RateCalculator {
    private static final double[] SEASON = {0.80, 0.78, 0.85, 0.95, 1.05, 1.25, 1.45, 1.50, 1.15, 0.95, 0.85, 1.10};
    private final LocalDate yearStart;
    private final Inventory inventory;

    RateCalculator(LocalDate yearStart, Inventory inventory) {
        this.yearStart = yearStart;
        this.inventory = inventory;
    }

    LocalDate dateOf(int day) { return yearStart.plusDays(day); }

    int dayOf(LocalDate d) { return (int) (d.toEpochDay() - yearStart.toEpochDay()); }

    /** Returns the nightly prices in cents for a stay [fromDay, toDay). */
    public long[] quote(Room room, int fromDay, int toDay, boolean breakfast, int guests) {
        int nights = toDay - fromDay;
        long[] out = new long[nights];
        double stayDiscount = nights >= 7 ? 0.88 : nights >= 4 ? 0.94 : 1.0;
        for (int n = 0; n < nights; n++) {
            int day = fromDay + n;
            LocalDate date = dateOf(day);
            double price = room.type().baseCents * SEASON[date.getMonthValue() - 1];
            DayOfWeek dow = date.getDayOfWeek();
            if (dow == DayOfWeek.FRIDAY || dow == DayOfWeek.SATURDAY) price *= 1.18;
            if (room.seaView()) price *= 1.12;
            double occ = inventory.occupancy(room.property(), day);
            price *= 1.0 + Math.max(0, occ - 0.6) * 0.9; // demand pricing when >60% full
            price *= stayDiscount;
            if (breakfast) price += 1450L * guests;
            out[n] = Math.round(price / 10.0) * 10;
        }
        return out;
    }

    static long vat(long net) { return Math.round(net * 0.09); }
    static long cityTax(int nights, int guests) { return 300L * nights * guests; }
}
