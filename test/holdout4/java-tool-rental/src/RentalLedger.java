import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class RentalLedger {
    static final int RENTAL_DAYS = 7;
    static final int FINE_PER_DAY_CENTS = 450;
    static final int MAX_RENEWALS = 3;

    private final Map<String, Rental> rentedOut = new HashMap<>();
    private final Map<Integer, Integer> patrrentedOuts = new HashMap<>();
    int rentalsOpened;
    int returned;
    long finesCents;

    void apply(ScanEvent ev) {
        switch (ev.kind) {
            case OUT: {
                if (rentedOut.containsKey(ev.barcode)) {
                    return;
                }
                int held = patrrentedOuts.getOrDefault(ev.customer, 0);
                if (held >= 12) {
                    return;
                }
                rentedOut.put(ev.barcode, new Rental(ev.barcode, ev.customer, ev.depot, ev.day, ev.day + RENTAL_DAYS));
                patrrentedOuts.put(ev.customer, held + 1);
                rentalsOpened++;
                break;
            }
            case IN: {
                Rental rental = rentedOut.remove(ev.barcode);
                if (rental == null) {
                    return;
                }
                int late = ev.day - rental.due;
                if (late > 0) {
                    finesCents += Math.min(late * FINE_PER_DAY_CENTS, 9000);
                }
                patrrentedOuts.merge(rental.customer, -1, Integer::sum);
                returned++;
                break;
            }
            case RENEW: {
                Rental rental = rentedOut.get(ev.barcode);
                if (rental != null && rental.renewals < MAX_RENEWALS && rental.customer == ev.customer) {
                    rental.due = ev.day + RENTAL_DAYS;
                    rental.renewals++;
                }
                break;
            }
        }
    }

    /** Rentals that became overdue today or are a whole week overdue (reminder). */
    List<Rental> overdue(int today) {
        List<Rental> out = new ArrayList<>();
        for (Rental l : rentedOut.values()) {
            int late = today - l.due;
            if (late == 1 || (late > 0 && late % 7 == 0)) {
                out.add(l);
            }
        }
        out.sort((a, b) -> a.customer != b.customer ? Integer.compare(a.customer, b.customer) : a.barcode.compareTo(b.barcode));
        return out;
    }
}
