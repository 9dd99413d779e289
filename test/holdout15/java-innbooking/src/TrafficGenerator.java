package innbooking;

import java.util.List;
import java.util.SplittableRandom;

/** Synthetic portal traffic with a realistic operation mix. */
final class TrafficGenerator {
    private final List<Guest> guests;
    private final List<String> properties;
    private final SplittableRandom rnd;

    TrafficGenerator(List<Guest> guests, Inventory inventory, long seed) {
        this.guests = guests;
        this.properties = inventory.properties();
        this.rnd = new SplittableRandom(seed);
    }

    ApiRequest next() {
        Guest g = guests.get(rnd.nextInt(guests.size()));
        int roll = rnd.nextInt(100);
        String kind = roll < 46 ? "SEARCH" : roll < 62 ? "BOOK" : roll < 72 ? "MODIFY" : roll < 77 ? "CANCEL" : roll < 95 ? "INVOICE" : "PROFILE";
        String password = rnd.nextInt(60) == 0 ? "wrong-password" : g.replayPassword();
        String property = rnd.nextInt(3) == 0 ? null : properties.get(rnd.nextInt(properties.size()));
        Room.Type type = rnd.nextInt(2) == 0 ? null : Room.Type.values()[rnd.nextInt(4)];
        int adults = 1 + rnd.nextInt(2);
        int children = rnd.nextInt(5) == 0 ? 1 + rnd.nextInt(2) : 0;
        int from = rnd.nextInt(340);
        int nights = 1 + Math.min(13, (int) Math.abs(rnd.nextDouble() * rnd.nextDouble() * 16));
        return new ApiRequest(kind, g.getUsername(), password, property, type, adults, children, from, nights,
                rnd.nextInt(3) == 0, rnd.nextInt(15) - 7);
    }
}
