package watermains;

/** Fixed-point number formatting for the model and result files. */
final class Fmt {
    private static final long[] SCALE = {1, 10, 100, 1000, 10000, 100000};

    private Fmt() {}

    static StringBuilder fixed(StringBuilder sb, double v, int decimals) {
        long scale = SCALE[decimals];
        long scaled = Math.round(Math.abs(v) * scale);
        if (v < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append(scaled / scale);
        if (decimals > 0) {
            sb.append('.');
            long frac = scaled % scale;
            for (long s = scale / 10; s > 1 && frac < s; s /= 10) {
                sb.append('0');
            }
            sb.append(frac);
        }
        return sb;
    }
}
