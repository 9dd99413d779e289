import java.util.List;

final class Order {
    static final class Item {
        final String sku;
        final int quantity;
        final long unitPriceCents;
        final long shippedAtMillis;

        Item(String sku, int quantity, long unitPriceCents, long shippedAtMillis) {
            this.sku = sku;
            this.quantity = quantity;
            this.unitPriceCents = unitPriceCents;
            this.shippedAtMillis = shippedAtMillis;
        }
    }

    final long id;
    final String customer;
    final String warehouse;
    final int customerTier;
    final List<Item> items;

    Order(long id, String customer, String warehouse, int customerTier, List<Item> items) {
        this.id = id;
        this.customer = customer;
        this.warehouse = warehouse;
        this.customerTier = customerTier;
        this.items = items;
    }
}
