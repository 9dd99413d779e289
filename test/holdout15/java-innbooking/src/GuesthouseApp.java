package innbooking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replays a day's worth of API traffic against the booking back end of a
 * small chain of guesthouses: availability searches, bookings, changes,
 * cancellations and invoice downloads from the guest portal.
 */
public final class GuesthouseApp {

    public static void main(String[] args) {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        long t0 = System.nanoTime();

        Inventory inventory = Inventory.build(new String[] {"Harbour View", "Old Mill", "Fern Cottage", "Lighthouse Inn", "Dune House", "Quay Lodge"}, 24, 7L);
        RateCalculator rates = new RateCalculator(LocalDate.of(2024, 1, 1), inventory);
        AuthService auth = new AuthService();
        List<Guest> guests = GuestFactory.create(150, auth, 11L);
        BookingService bookings = new BookingService(inventory, rates, new ChangeAuditor());
        InvoiceFormatter invoices = new InvoiceFormatter();
        RequestHandler handler = new RequestHandler(auth, bookings, invoices, inventory, rates, guests);

        ChannelSync channels = new ChannelSync(inventory, rates);
        TrafficGenerator traffic = new TrafficGenerator(guests, inventory, 99L);
        Map<String, Integer> outcomes = new TreeMap<>();
        long bytesServed = 0;
        for (int i = 0; i < requests; i++) {
            ApiRequest req = traffic.next();
            ApiResponse resp = handler.handle(req);
            outcomes.merge(req.kind() + " " + resp.status(), 1, Integer::sum);
            bytesServed += resp.body().length();
            if (i % 100 == 99) {
                channels.publish((i / 100) % 120, 240);
            }
        }

        System.out.println("requests: " + requests + ", response bytes: " + bytesServed);
        outcomes.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        System.out.println("channel pushes: " + channels.pushes() + " (" + channels.bytesPushed() + " bytes)");
        System.out.println("bookings live: " + bookings.liveCount() + ", audit entries: " + bookings.auditor().entries());
        List<String> report = new ArrayList<>(bookings.revenueByProperty(invoices));
        report.forEach(System.out::println);
        System.out.printf("elapsed %.2fs%n", (System.nanoTime() - t0) / 1e9);
    }
}
