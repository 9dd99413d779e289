import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Per-warehouse stock ledger: on-hand by SKU and bin, plus daily valuation snapshots. */
final class Ledger {
    private static final Pattern SKU = Pattern.compile("[A-Z]{3}-\\d{6}");
    private static final Pattern BIN = Pattern.compile("([A-Z]{3}-\\d)-([A-L])(\\d{1,2})");

    private final String warehouse;
    private final Catalog catalog;
    private final Map<String, Map<String, Integer>> onHand = new HashMap<>();
    private final Map<String, Long> rejects = new TreeMap<>();
    private final Map<Character, Long> pickedByAisle = new TreeMap<>();
    private final long[] dailyValuation = new long[366];
    private long movementsApplied;

    Ledger(String warehouse, Catalog catalog) {
        this.warehouse = warehouse;
        this.catalog = catalog;
    }

    void applyAll(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\\|", 5);
            if (f.length != 5) {
                reject("malformed");
                continue;
            }
            if (!SKU.matcher(f[1]).matches() || catalog.find(f[1]) == null) {
                reject("unknown-sku");
                continue;
            }
            Matcher bin = BIN.matcher(f[2]);
            if (!bin.matches()) {
                reject("bad-bin");
                continue;
            }
            int qty = parseSignedInt(f[3]);
            Map<String, Integer> bins = onHand.computeIfAbsent(f[1], k -> new HashMap<>());
            switch (f[0]) {
                case "RCV":
                case "ADJ":
                    bins.merge(f[2], qty, Integer::sum);
                    break;
                case "PICK": {
                    int have = bins.getOrDefault(f[2], 0);
                    if (have < qty) {
                        reject("short-pick");
                        continue;
                    }
                    bins.put(f[2], have - qty);
                    pickedByAisle.merge(bin.group(2).charAt(0), (long) qty, Long::sum);
                    break;
                }
                case "MOVE": {
                    String target = bin.group(1) + "-" + (char) ('A' + (bin.group(2).charAt(0) - 'A' + 1) % 12) + bin.group(3);
                    int have = bins.getOrDefault(f[2], 0);
                    int moved = Math.min(have, qty);
                    bins.put(f[2], have - moved);
                    bins.merge(target, moved, Integer::sum);
                    break;
                }
                default:
                    reject("unknown-type");
                    continue;
            }
            movementsApplied++;
        }
    }

    /** Validated integer parse without exceptions: the feed may contain a leading '-'. */
    private static int parseSignedInt(String s) {
        int i = 0, sign = 1, value = 0;
        if (!s.isEmpty() && s.charAt(0) == '-') {
            sign = -1;
            i = 1;
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            value = value * 10 + (c - '0');
        }
        return sign * value;
    }

    private void reject(String reason) {
        rejects.merge(reason, 1L, Long::sum);
    }

    void closeDay(int day) {
        long cents = 0;
        for (Map.Entry<String, Map<String, Integer>> e : onHand.entrySet()) {
            long unit = catalog.find(e.getKey()).unitCostCents;
            for (int q : e.getValue().values()) {
                if (q > 0) {
                    cents += unit * q;
                }
            }
        }
        dailyValuation[day] = cents;
    }

    WarehouseReport report() {
        return new WarehouseReport(warehouse, movementsApplied, onHand.size(), dailyValuation, rejects, pickedByAisle);
    }
}
