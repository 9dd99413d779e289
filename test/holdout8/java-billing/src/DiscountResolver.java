import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Resolves the discount code stored on a customer account. Codes are either a
 * plain percentage ("15"), a fixed amount ("AMT-20.00"), a coupon UUID
 * migrated from the old shop system, or a named campaign ("SPRING24") looked
 * up in the campaign table.
 */
final class DiscountResolver {
    static final class UnknownCampaignException extends Exception {
        UnknownCampaignException(String code, String sku) {
            super(String.format("unknown campaign code '%s' (line %s)", code, sku));
        }
    }

    private static final BigDecimal LEGACY_COUPON_PERCENT = BigDecimal.valueOf(10);

    private final Map<String, BigDecimal> campaignPercent;
    private final Set<UUID> legacyCoupons;

    DiscountResolver(Map<String, BigDecimal> campaignPercent, Set<UUID> legacyCoupons) {
        this.campaignPercent = campaignPercent;
        this.legacyCoupons = legacyCoupons;
    }

    /**
     * Discount applicable to one invoice line. Percentage and campaign codes
     * apply to every line, fixed amounts only to the subscription line.
     */
    BigDecimal discountFor(String code, LineItem line, boolean subscriptionLine) {
        if (code == null || code.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal amount = line.amount();
        try {
            int percent = Integer.parseInt(code);
            return percentOf(amount, BigDecimal.valueOf(percent));
        } catch (NumberFormatException notAPercentage) {
            // not a plain percentage; try the other formats
        }
        try {
            BigDecimal fixed = fixedAmount(code);
            return subscriptionLine ? fixed.min(amount) : BigDecimal.ZERO;
        } catch (NumberFormatException notAnAmount) {
            // fall through to campaign lookup
        }
        try {
            UUID legacyCoupon = UUID.fromString(code);
            return legacyCoupons.contains(legacyCoupon) ? percentOf(amount, LEGACY_COUPON_PERCENT) : BigDecimal.ZERO;
        } catch (IllegalArgumentException notALegacyCoupon) {
            // not a coupon from the old shop system
        }
        try {
            return percentOf(amount, campaign(code, line.sku()));
        } catch (UnknownCampaignException e) {
            return BigDecimal.ZERO;
        }
    }

    private static BigDecimal fixedAmount(String code) {
        if (!code.startsWith("AMT-")) {
            throw new NumberFormatException("not an amount code: " + code);
        }
        return new BigDecimal(code.substring(4));
    }

    private BigDecimal campaign(String code, String sku) throws UnknownCampaignException {
        BigDecimal pct = campaignPercent.get(code);
        if (pct == null) {
            throw new UnknownCampaignException(code, sku);
        }
        return pct;
    }

    private static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
