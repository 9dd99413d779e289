package yarddwell;

/** Storage and reefer plug-in charges, with free days and escalating daily rates (in cents). */
final class StorageTariff {
    private final int freeDaysImport;
    private final int freeDaysExport;
    private final long[] tierDays;
    private final long[] tierRateCents;
    private final long reeferPerDayCents;

    StorageTariff() {
        this.freeDaysImport = 5;
        this.freeDaysExport = 7;
        this.tierDays = new long[] {5, 10, Long.MAX_VALUE};
        this.tierRateCents = new long[] {1800, 3600, 7200};
        this.reeferPerDayCents = 4500;
    }

    long chargeCents(DwellCalculator.Visit v) {
        long days = (v.dwellMinutes() + 24 * 60 - 1) / (24 * 60);
        long chargeable = Math.max(0, days - (v.importBox() ? freeDaysImport : freeDaysExport));
        long cents = 0;
        long remaining = chargeable;
        for (int t = 0; t < tierDays.length && remaining > 0; t++) {
            long inTier = Math.min(remaining, tierDays[t]);
            long rate = v.full() ? tierRateCents[t] : tierRateCents[t] / 2;
            cents += inTier * rate;
            remaining -= inTier;
        }
        if (v.reefer()) {
            cents += days * reeferPerDayCents;
        }
        return cents;
    }
}
