package coldchain.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Produces the logger exports a distribution centre receives: each shipment
 * travels a lane with a few handovers (tarmac, customs, last-mile van), where
 * the load may warm up, and passive boxes slowly drift as the ice packs age.
 */
public final class ShipmentSimulator {
    static final String[] LANES = {"AMS-NBO", "FRA-LOS", "BRU-ACC", "CDG-DKR", "LHR-KGL", "ZRH-ADD", "MAD-LAD", "CPH-DAR"};

    private final SplittableRandom rng;

    public ShipmentSimulator(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    private final StringBuilder sb = new StringBuilder(1 << 20);
    private int next;

    /** Exports of the next {@code count} shipments to arrive at the dock. */
    public List<byte[]> nextArrivals(int count) {
        List<byte[]> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int s = next++;
            Product p = Product.CATALOGUE[rng.nextInt(Product.CATALOGUE.length)];
            String lane = LANES[rng.nextInt(LANES.length)];
            int interval = 60;
            int rows = 3 * 1440 + rng.nextInt(3 * 1440);
            long start = 1717200000L + rng.nextInt(30 * 86400);
            sb.setLength(0);
            sb.append("# logger=TL-").append(4000 + s * 3)
              .append(" shipment=SH-").append(88000 + s)
              .append(" product=").append(p.code())
              .append(" lane=").append(lane)
              .append(" start=").append(start)
              .append(" interval=").append(interval)
              .append(" rows=").append(rows).append('\n');
            sb.append("seq,temp_c,lux\n");

            double mid = (p.minC() + p.maxC()) / 2;
            double temp = mid + rng.nextDouble() - 0.5;
            double drift = rng.nextDouble() * 0.0004;
            int[] handovers = new int[3 + rng.nextInt(3)];
            for (int h = 0; h < handovers.length; h++) handovers[h] = rng.nextInt(rows);
            int exposure = 0;
            double exposureTarget = mid;
            for (int i = 0; i < rows; i++) {
                for (int h : handovers) {
                    if (h == i) {
                        exposure = 20 + rng.nextInt(rng.nextInt(6) == 0 ? 300 : 90);
                        exposureTarget = rng.nextInt(6) == 0 ? -2 + rng.nextDouble() * 4 : 9 + rng.nextDouble() * 16;
                    }
                }
                double target = exposure > 0 ? exposureTarget : mid + drift * i;
                temp += (target - temp) * (exposure > 0 ? 0.05 : 0.02) + rng.nextGaussian() * 0.05;
                int lux = exposure > 0 && rng.nextInt(3) > 0 ? 200 + rng.nextInt(800) : 0;
                if (exposure > 0) exposure--;
                sb.append(i).append(',');
                appendFixed2(sb, temp);
                sb.append(',').append(lux).append('\n');
            }
            out.add(sb.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return out;
    }

    private static void appendFixed2(StringBuilder sb, double v) {
        long hundredths = Math.round(v * 100);
        if (hundredths < 0) {
            sb.append('-');
            hundredths = -hundredths;
        }
        sb.append(hundredths / 100).append('.');
        long f = hundredths % 100;
        if (f < 10) sb.append('0');
        sb.append(f);
    }
}
