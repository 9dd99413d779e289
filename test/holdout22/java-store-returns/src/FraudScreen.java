package storereturns;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/** Scores customers on their recent return behaviour. */
final class FraudScreen {

    private record ReturnEvent(LocalDate date, long valueCents, boolean withReceipt) {
    }

    private static final class History {
        final ArrayDeque<ReturnEvent> events = new ArrayDeque<>();
        long valueCents;
        int withoutReceipt;
        double lastScore;
    }

    private static final int WINDOW_DAYS = 45;
    private static final double BLOCK_SCORE = 0.8;

    private final Map<String, History> histories = new HashMap<>();
    private int blocked;

    /** True when the customer's recent pattern calls for a manager review. */
    boolean isBlocked(String customerId, LocalDate asOf) {
        History h = histories.get(customerId);
        if (h == null) {
            return false;
        }
        expire(h, asOf);
        return score(h) >= BLOCK_SCORE;
    }

    void recordReturn(String customerId, LocalDate date, long valueCents, boolean withReceipt) {
        History h = histories.computeIfAbsent(customerId, k -> new History());
        expire(h, date);
        h.events.addLast(new ReturnEvent(date, valueCents, withReceipt));
        h.valueCents += valueCents;
        if (!withReceipt) {
            h.withoutReceipt++;
        }
        double s = score(h);
        if (s >= BLOCK_SCORE && h.lastScore < BLOCK_SCORE) {
            blocked++;
        }
        h.lastScore = s;
    }

    private static void expire(History h, LocalDate asOf) {
        LocalDate cutoff = asOf.minusDays(WINDOW_DAYS);
        while (!h.events.isEmpty() && h.events.peekFirst().date().isBefore(cutoff)) {
            ReturnEvent e = h.events.removeFirst();
            h.valueCents -= e.valueCents();
            if (!e.withReceipt()) {
                h.withoutReceipt--;
            }
        }
    }

    /** Logistic score over count, value and share of receipt-less returns. */
    private static double score(History h) {
        int n = h.events.size();
        if (n == 0) {
            return 0;
        }
        double z = -6.2 + 0.55 * n + 0.9 * Math.log1p(h.valueCents / 10000.0)
                + 2.4 * ((double) h.withoutReceipt / n);
        return 1.0 / (1.0 + Math.exp(-z));
    }

    int blockedCustomers() {
        return blocked;
    }
}
