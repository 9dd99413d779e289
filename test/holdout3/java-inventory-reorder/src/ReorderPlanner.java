import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

public class ReorderPlanner {
    public static void main(String[] args) {
        int skuCount = args.length > 0 ? Integer.parseInt(args[0]) : 12000;
        int planningDays = args.length > 1 ? Integer.parseInt(args[1]) : 14;

        String[] warehouses = {"DUB-1", "RTM-2", "WAW-1", "LYS-3"};
        Catalog catalog = Catalog.generate(0xC0FFEEL, skuCount);
        DemandSimulator demand = new DemandSimulator(0xBADA55L, catalog, warehouses.length);
        ReorderPolicy policy = new ReorderPolicy(0.975);
        PurchaseOrderExport export = new PurchaseOrderExport();

        LocalDate day = LocalDate.of(2026, 3, 2);
        int orders = 0;
        for (int d = 0; d < planningDays; d++) {
            demand.advanceDay();
            List<PurchaseOrderExport.Line> lines = new ArrayList<>();
            for (int w = 0; w < warehouses.length; w++) {
                for (Sku sku : catalog.skus()) {
                    StockPosition pos = demand.position(w, sku.index);
                    ReorderPolicy.Recommendation rec = policy.evaluate(sku, pos, demand.history(w, sku.index));
                    if (rec.quantity > 0) {
                        lines.add(new PurchaseOrderExport.Line(warehouses[w], sku, rec, day));
                        demand.receiveInbound(w, sku.index, rec.quantity);
                    }
                }
            }
            orders += lines.size();
            export.writeDay(day, lines);
            day = day.plusDays(1);
        }
        System.out.println("skus=" + skuCount + " days=" + planningDays + " orderLines=" + orders
                + " bytes=" + export.bytesWritten() + " crc=" + Long.toHexString(export.checksum()));
    }
}
