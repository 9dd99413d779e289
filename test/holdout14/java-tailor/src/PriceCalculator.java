import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prices an order: cloth, labour hours, extras and VAT. */
public class PriceCalculator {
    public static final class Line {
        final String description;
        final BigDecimal amount;

        Line(String description, BigDecimal amount) {
            this.description = description;
            this.amount = amount;
        }
    }

    private static final Map<String, BigDecimal> LABOUR_HOURS = Map.of(
            "jacket", new BigDecimal("38"), "overcoat", new BigDecimal("46"),
            "trousers", new BigDecimal("14"), "waistcoat", new BigDecimal("12"));
    private static final Map<String, BigDecimal> EXTRAS = Map.of(
            "horn-buttons", new BigDecimal("64.00"), "silk-lining", new BigDecimal("120.00"),
            "working-cuffs", new BigDecimal("45.00"), "monogram", new BigDecimal("30.00"),
            "ticket-pocket", new BigDecimal("25.00"), "half-canvas", new BigDecimal("-90.00"));
    private static final BigDecimal HOURLY = new BigDecimal("58.50");
    private static final BigDecimal VAT = new BigDecimal("0.20");

    List<Line> price(GarmentOrder order, double clothCm) {
        List<Line> lines = new ArrayList<>();
        BigDecimal metres = BigDecimal.valueOf(clothCm / 100.0 * 1.08).setScale(2, RoundingMode.UP);
        lines.add(new Line("cloth " + order.getCloth() + " " + metres + "m",
                metres.multiply(order.getClothPricePerMetre()).setScale(2, RoundingMode.HALF_UP)));
        BigDecimal hours = LABOUR_HOURS.getOrDefault(order.getGarmentType(), new BigDecimal("20"));
        lines.add(new Line("making " + order.getGarmentType(), hours.multiply(HOURLY)));
        for (String extra : order.getExtras()) {
            BigDecimal e = EXTRAS.get(extra);
            if (e != null) {
                lines.add(new Line(extra, e));
            }
        }
        BigDecimal net = BigDecimal.ZERO;
        for (Line l : lines) {
            net = net.add(l.amount);
        }
        lines.add(new Line("VAT", net.multiply(VAT).setScale(2, RoundingMode.HALF_UP)));
        return lines;
    }
}
