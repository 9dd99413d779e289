import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A customer order as released by the WMS. */
final class PickOrder {
    private static final Pattern HEADER = Pattern.compile("^(ORD-\\d+-\\d{5});P([12])");
    private static final Pattern LINE = Pattern.compile(";SKU-(\\d{5})x(\\d+)");

    final String id;
    final int priority;
    final int[] skus;
    final int[] qty;
    final int lines;

    private PickOrder(String id, int priority, int[] skus, int[] qty, int lines) {
        this.id = id;
        this.priority = priority;
        this.skus = skus;
        this.qty = qty;
        this.lines = lines;
    }

    /** Parses one release line; unknown SKUs are dropped, null if nothing pickable. */
    static PickOrder parse(String text, Warehouse wh, int[] scratchSku, int[] scratchQty) {
        Matcher h = HEADER.matcher(text);
        if (!h.find()) {
            return null;
        }
        Matcher m = LINE.matcher(text);
        int n = 0;
        while (m.find() && n < scratchSku.length) {
            int sku = wh.codeToSku[Integer.parseInt(m.group(1))];
            if (sku < 0) {
                continue;
            }
            scratchSku[n] = sku;
            scratchQty[n] = Integer.parseInt(m.group(2));
            n++;
        }
        if (n == 0) {
            return null;
        }
        return new PickOrder(h.group(1), h.group(2).charAt(0) - '0',
                java.util.Arrays.copyOf(scratchSku, n), java.util.Arrays.copyOf(scratchQty, n), n);
    }
}
