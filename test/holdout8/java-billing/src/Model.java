import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Domain types for the subscription billing service. */
final class Model {
    private Model() {}
}

record Plan(String code, String name, BigDecimal monthlyPrice, int includedSeats, BigDecimal seatPrice,
            long includedApiCalls, BigDecimal pricePerThousandCalls) {}

record Customer(String id, String name, Locale locale, String currency, String country, String planCode,
                int seats, LocalDate cycleStart, String discountCode) {}

record UsageRecord(String customerId, long apiCalls, long storageGb, int activeSeats) {}

record LineItem(String sku, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {}

record Invoice(String number, Customer customer, LocalDate issued, LocalDate due, List<LineItem> lines,
               BigDecimal subtotal, BigDecimal discount, BigDecimal tax, BigDecimal total, String rendered) {}

record BillingRequest(Customer customer, UsageRecord usage, LocalDate periodEnd) {}
