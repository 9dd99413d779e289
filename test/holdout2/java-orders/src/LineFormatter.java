import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

final class LineFormatter {
    String line(Order order, Order.Item item, double net) {
        SimpleDateFormat dateFormat = new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.GERMANY);
        dateFormat.setTimeZone(TimeZone.getTimeZone("UTC"));
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.GERMANY);
        String shipped = dateFormat.format(new Date(item.shippedAtMillis));
        return String.format("%-8d %-14s %-6s %-10s %4d x %12s = %14s  shipped %s",
                order.id, order.customer, order.warehouse, item.sku, item.quantity,
                money.format(item.unitPriceCents / 100.0), money.format(net), shipped);
    }
}
