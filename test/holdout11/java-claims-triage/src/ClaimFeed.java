import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Replays the first-notice-of-loss export of one business week. */
final class ClaimFeed {
    static final String[] COUNTRIES = {"DE", "AT", "FR", "NL", "IT", "ES", "BE", "CH"};
    static final String[] LOSS_TYPES = {"WATER", "FIRE", "STORM", "THEFT_HOME", "COLLISION", "GLASS", "THEFT_VEHICLE", "LIABILITY"};

    private static final String[][] PHRASES = {
        {"burst pipe in kitchen", "water damage ceiling", "washing machine leak", "flooded basement after rain", "damp wall behind shower"},
        {"kitchen fire", "electrical fire in garage", "candle set curtains alight", "chimney fire smoke damage"},
        {"roof tiles blown off", "tree fell on carport", "hail damage windows", "storm broke fence"},
        {"burglary while on holiday", "bicycle stolen from cellar", "jewellery missing after party", "laptop stolen forced door"},
        {"rear ended at traffic light", "parking lot collision", "hit deer on country road", "side swipe on motorway", "reversed into bollard"},
        {"stone chip windscreen", "windscreen cracked", "side window smashed"},
        {"car stolen overnight", "vehicle stolen from driveway keys missing", "car taken from parking garage"},
        {"guest slipped on stairs", "dog bit neighbour", "child damaged neighbours car", "water leaked into flat below"},
    };
    private static final String[] FILLER = {"immediately", "reported", "police", "informed", "photos", "attached",
        "witness", "present", "estimate", "from", "contractor", "receipt", "available", "urgent", "tenant", "owner"};

    private final Random rng;

    ClaimFeed(long seed) {
        this.rng = new Random(seed);
    }

    List<String> records(int n) {
        List<String> out = new ArrayList<>(n);
        LocalDate weekStart = LocalDate.of(2024, 3, 4);
        StringBuilder sb = new StringBuilder(256);
        for (int i = 0; i < n; i++) {
            int type = rng.nextInt(LOSS_TYPES.length);
            boolean motor = type >= 4 && type <= 6;
            LocalDate report = weekStart.plusDays(rng.nextInt(5));
            int delay = rng.nextDouble() < 0.85 ? rng.nextInt(6) : 6 + rng.nextInt(120);
            LocalDate loss = report.minusDays(delay);
            double amount = Math.round(Math.exp(6 + rng.nextGaussian() * 1.3) * 100) / 100.0;
            sb.setLength(0);
            sb.append("CLM-").append(700000 + i).append('|')
              .append("POL-").append(100000 + rng.nextInt(60000)).append('|')
              .append(COUNTRIES[rng.nextInt(COUNTRIES.length)]).append('|')
              .append(LOSS_TYPES[type]).append('|')
              .append(loss).append('|')
              .append(report).append('|')
              .append(amount).append('|');
            // motor-only and optional fields are exported as "N/A" or blank
            sb.append(motor ? Integer.toString(rng.nextInt(20)) : "N/A").append('|');
            sb.append(rng.nextDouble() < 0.7 ? Integer.toString(rng.nextInt(5)) : "").append('|');
            sb.append(motor && rng.nextDouble() < 0.8 ? Integer.toString(2000 + rng.nextInt(400)) : "N/A").append('|');
            sb.append(type == 7 || (motor && rng.nextDouble() < 0.2) ? Integer.toString(rng.nextInt(3)) : "-").append('|');
            sb.append(rng.nextDouble() < 0.9 ? Integer.toString(1 + rng.nextInt(240)) : "unknown").append('|');
            String[] p = PHRASES[type];
            sb.append(p[rng.nextInt(p.length)]);
            int extra = 3 + rng.nextInt(10);
            for (int k = 0; k < extra; k++) {
                sb.append(' ').append(FILLER[rng.nextInt(FILLER.length)]);
            }
            sb.append('|').append(10000 + rng.nextInt(89999));
            out.add(sb.toString());
        }
        return out;
    }
}
