import java.io.IOException;
import java.io.Writer;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Writes the purchase proposal: one line per reorder plus per-warehouse totals. */
final class ReportWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE dd MMM uuuu", Locale.UK);

    private final NumberFormat money;
    private final NumberFormat qty;

    ReportWriter(Locale locale) {
        this.money = NumberFormat.getCurrencyInstance(locale);
        this.qty = NumberFormat.getIntegerInstance(locale);
    }

    void write(Writer out, LocalDate planDate, List<StockPolicy.Decision> decisions) throws IOException {
        Map<String, double[]> totals = new TreeMap<>();
        StringBuilder line = new StringBuilder(160);
        out.write("Purchase proposal for " + DATE.format(planDate) + "\n");
        decisions.sort(Comparator.comparing((StockPolicy.Decision d) -> d.series().warehouse().code())
                .thenComparing(d -> d.series().sku().code()));
        for (StockPolicy.Decision d : decisions) {
            Sku sku = d.series().sku();
            String wh = d.series().warehouse().code();
            double value = d.orderQty() * sku.unitCost();
            double[] t = totals.computeIfAbsent(wh, k -> new double[2]);
            t[0] += 1;
            t[1] += value;
            line.setLength(0);
            line.append(wh).append(' ').append(sku.code()).append(' ')
                    .append(qty.format(d.orderQty())).append(" units  ")
                    .append(money.format(value)).append("  arrives ")
                    .append(DATE.format(planDate.plusDays(sku.leadTimeDays())))
                    .append("  cover ").append(Math.round(d.daysOfCover())).append("d\n");
            out.append(line);
        }
        out.write("\n");
        for (Map.Entry<String, double[]> e : totals.entrySet()) {
            out.write(e.getKey() + ": " + qty.format((long) e.getValue()[0]) + " orders, "
                    + money.format(e.getValue()[1]) + "\n");
        }
    }
}
