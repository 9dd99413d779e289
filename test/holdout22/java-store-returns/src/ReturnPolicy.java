package storereturns;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

/** The chain's return policy, checked for each returned item. */
final class ReturnPolicy {

    enum Condition { NEW, OPENED, DAMAGED }

    /** Everything the policy may look at for one returned item. */
    record ItemContext(SalesLedger.Receipt receipt, SalesLedger.ReceiptLine line, Catalog.Product product,
                       int quantity, int alreadyReturned, Condition condition, LocalDate requestDate,
                       boolean customerBlocked) {
    }

    /** Why an item was refused; {@code null} from {@link #validate} means the item is accepted. */
    record Refusal(String code, String message) {
    }

    private static final long NO_RECEIPT_LIMIT_CENTS = 5000;
    private static final MonthDay HOLIDAY_START = MonthDay.of(11, 15);
    private static final MonthDay HOLIDAY_END = MonthDay.of(12, 24);

    /** Purchases between 15 November and 24 December may be returned until mid-January. */
    static int holidayExtension(LocalDate sold, int returnDays) {
        MonthDay md = MonthDay.from(sold);
        if (md.isBefore(HOLIDAY_START) || md.isAfter(HOLIDAY_END)) {
            return 0;
        }
        long untilMidJanuary = ChronoUnit.DAYS.between(sold, LocalDate.of(sold.getYear() + 1, 1, 15));
        return (int) Math.max(0, untilMidJanuary - returnDays);
    }

    /** Checks the item against the policy; the first failed check refuses it. */
    Refusal validate(ItemContext ctx) {
        Catalog.Product product = ctx.product();
        SalesLedger.Receipt receipt = ctx.receipt();
        if (receipt == null) {
            if (product.priceCents() * ctx.quantity() > NO_RECEIPT_LIMIT_CENTS) {
                return new Refusal("NO_RECEIPT",
                        "item " + product.sku() + " over " + NO_RECEIPT_LIMIT_CENTS + " cents needs a receipt");
            }
        } else {
            if (ctx.line() == null) {
                return new Refusal("NOT_ON_RECEIPT",
                        "item " + product.sku() + " not found on receipt " + receipt.number());
            }
            LocalDate sold = receipt.saleDate();
            long days = ChronoUnit.DAYS.between(sold, ctx.requestDate());
            int allowed = product.returnDays() + holidayExtension(sold, product.returnDays());
            if (days > allowed) {
                return new Refusal("WINDOW_EXPIRED", "receipt " + receipt.number() + " sold " + sold
                        + ", " + days + " days ago, window " + allowed + " days");
            }
            if (ctx.quantity() + ctx.alreadyReturned() > ctx.line().quantity()) {
                return new Refusal("QTY_EXCEEDED", "returning " + ctx.quantity() + " of "
                        + ctx.line().quantity() + " with " + ctx.alreadyReturned() + " already returned on "
                        + receipt.number());
            }
        }
        if (product.finalSale() && ctx.condition() != Condition.DAMAGED) {
            return new Refusal("FINAL_SALE", "item " + product.sku() + " was sold final sale");
        }
        if (ctx.condition() == Condition.DAMAGED && !product.department().equals("ELECTRONICS")) {
            return new Refusal("CONDITION", "damaged " + product.department()
                    + " items are handled as warranty claims");
        }
        if (ctx.customerBlocked()) {
            return new Refusal("CUSTOMER_REVIEW", "customer flagged for return review");
        }
        return null;
    }
}
