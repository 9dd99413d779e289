import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Nightly batch for a bespoke tailoring workshop: plan cuts, price and invoice orders. */
public class TailorShop {
    public static void main(String[] args) {
        int orderCount = args.length > 0 ? Integer.parseInt(args[0]) : 12_000;
        long started = System.nanoTime();
        Random rnd = new Random(11);
        List<String> customers = OrderBook.customers(40);
        CustomerPortal portal = new CustomerPortal();
        for (String c : customers) {
            portal.register(c, OrderBook.passwordFor(c));
        }
        List<GarmentOrder> orders = OrderBook.generate(rnd, customers, orderCount);

        CuttingPlanner planner = new CuttingPlanner();
        PriceCalculator calculator = new PriceCalculator();
        InvoiceFormatter invoices = new InvoiceFormatter();
        AuditTrail audit = new AuditTrail();
        Map<String, Double> clothUsed = new HashMap<>();
        long invoiceChars = 0;
        int rejected = 0;

        for (GarmentOrder order : orders) {
            if (order.isViaPortal() && !portal.verifyPassword(order.getCustomerLogin(), order.getPassword())) {
                rejected++;
                continue;
            }
            audit.record("received", order);
            List<PatternPiece> pieces = planner.draft(order.getGarmentType(), order.getMeasurements());
            for (PatternPiece piece : pieces) {
                audit.record("drafted " + order.getOrderNo(), piece);
            }
            double cm = planner.layoutLength(pieces, order.getClothWidthCm());
            clothUsed.merge(order.getCloth(), cm / 100.0, Double::sum);
            order.setStatus("CUT-PLANNED");
            audit.record("planned", order);
            List<PriceCalculator.Line> lines = calculator.price(order, cm);
            String invoice = invoices.render(order, lines);
            invoiceChars += invoice.length();
            order.setStatus("INVOICED");
            audit.record("invoiced", order);
        }

        System.out.printf("orders=%d rejected=%d invoiceChars=%d auditBytes=%d%n",
                orders.size(), rejected, invoiceChars, audit.bytesWritten());
        clothUsed.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf("  %-20s %8.1f m%n", e.getKey(), e.getValue()));
        System.out.printf("elapsed %.1fs%n", (System.nanoTime() - started) / 1e9);
    }
}
