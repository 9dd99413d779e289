import java.util.Random;

/**
 * Simulated WMS wave release. One order per line:
 * {@code ORD-18-00042;P2;SKU-48812x2;SKU-10033x1}
 */
final class OrderRelease {
    private OrderRelease() {
    }

    static String wave(Warehouse wh, int wave, int orders, long seed) {
        Random rng = new Random(seed);
        StringBuilder sb = new StringBuilder(orders * 48);
        int skus = wh.skuCount();
        for (int o = 0; o < orders; o++) {
            sb.append("ORD-").append(wave).append('-');
            String n = Integer.toString(o);
            for (int i = n.length(); i < 5; i++) {
                sb.append('0');
            }
            sb.append(n).append(";P").append(rng.nextInt(10) < 2 ? 1 : 2);
            int lines = 1 + (int) Math.min(7, Math.abs(rng.nextGaussian() * 2.2));
            for (int l = 0; l < lines; l++) {
                // popular SKUs are picked far more often (80/20)
                int s = rng.nextDouble() < 0.8 ? rng.nextInt(Math.max(1, skus / 5)) : rng.nextInt(skus);
                sb.append(";SKU-").append(wh.skuCode[s]).append('x').append(1 + rng.nextInt(3));
            }
            if (rng.nextInt(400) == 0) {
                sb.append(";SKU-00000x1"); // discontinued item
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
