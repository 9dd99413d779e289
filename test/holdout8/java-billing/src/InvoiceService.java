import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/** Computes monthly invoices from plan, seats and metered usage. */
final class InvoiceService {
    private static final Logger LOG = Logger.getLogger(InvoiceService.class.getName());
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal STORAGE_GB_PRICE = new BigDecimal("0.023");

    private final Map<String, Plan> plans;
    private final Map<String, BigDecimal> vatRates;
    private final DiscountResolver discounts;
    private final InvoiceRenderer renderer = new InvoiceRenderer();
    private final AtomicLong sequence = new AtomicLong(100000);

    InvoiceService(Map<String, Plan> plans, Map<String, BigDecimal> vatRates, DiscountResolver discounts) {
        this.plans = plans;
        this.vatRates = vatRates;
        this.discounts = discounts;
    }

    private LineItem line(String sku, String description, BigDecimal qty, BigDecimal unit) {
        BigDecimal amount = qty.multiply(unit).setScale(2, RoundingMode.HALF_UP);
        LOG.fine(String.format("line %s '%s' qty=%s unit=%s amount=%s", sku, description,
                qty.toPlainString(), unit.toPlainString(), amount.toPlainString()));
        return new LineItem(sku, description, qty, unit, amount);
    }

    Invoice bill(BillingRequest req) {
        Customer c = req.customer();
        UsageRecord u = req.usage();
        Plan plan = plans.get(c.planCode());

        List<LineItem> lines = new ArrayList<>();
        long cycleDays = ChronoUnit.DAYS.between(c.cycleStart(), c.cycleStart().plusMonths(1));
        long usedDays = Math.min(cycleDays, ChronoUnit.DAYS.between(c.cycleStart(), req.periodEnd()) + 1);
        BigDecimal proration = BigDecimal.valueOf(usedDays).divide(BigDecimal.valueOf(cycleDays), 6, RoundingMode.HALF_UP);

        lines.add(line(plan.code(), plan.name() + " subscription", proration.setScale(4, RoundingMode.HALF_UP), plan.monthlyPrice()));

        int extraSeats = Math.max(0, Math.max(c.seats(), u.activeSeats()) - plan.includedSeats());
        if (extraSeats > 0) {
            lines.add(line(plan.code() + "-SEAT", "Additional seats", BigDecimal.valueOf(extraSeats), plan.seatPrice()));
        }
        long extraCalls = Math.max(0, u.apiCalls() - plan.includedApiCalls());
        if (extraCalls > 0) {
            BigDecimal thousands = BigDecimal.valueOf(extraCalls).divide(THOUSAND, 3, RoundingMode.UP);
            lines.add(line("API-OVERAGE", "API calls over plan (per 1k)", thousands, plan.pricePerThousandCalls()));
        }
        if (u.storageGb() > 50) {
            lines.add(line("STORAGE", "Storage beyond 50 GB", BigDecimal.valueOf(u.storageGb() - 50), STORAGE_GB_PRICE));
        }

        BigDecimal subtotal = BigDecimal.ZERO;
        BigDecimal discount = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            LineItem li = lines.get(i);
            subtotal = subtotal.add(li.amount());
            discount = discount.add(discounts.discountFor(c.discountCode(), li, i == 0));
        }
        BigDecimal taxable = subtotal.subtract(discount);
        BigDecimal rate = vatRates.getOrDefault(c.country(), BigDecimal.ZERO);
        BigDecimal tax = taxable.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = taxable.add(tax);

        LocalDate issued = req.periodEnd();
        Invoice draft = new Invoice("INV-" + sequence.incrementAndGet(), c, issued, issued.plusDays(14), lines,
                subtotal, discount, tax, total, null);
        String text = renderer.render(draft);
        return new Invoice(draft.number(), c, issued, draft.due(), lines, subtotal, discount, tax, total, text);
    }
}
