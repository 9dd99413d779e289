final class Pricing {
    private static final double[] TIER_DISCOUNT = {0.0, 0.03, 0.07, 0.12};

    private Pricing() {}

    static double net(Order.Item item, int tier) {
        double gross = item.quantity * (item.unitPriceCents / 100.0);
        double volume = item.quantity >= 10 ? 0.02 : 0.0;
        return Math.round(gross * (1 - TIER_DISCOUNT[tier] - volume) * 100.0) / 100.0;
    }
}
