import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

final class WarehouseReport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd.MM.yyyy", Locale.GERMANY);
    private static final LocalDate PERIOD_START = LocalDate.of(2024, 3, 1);

    final String warehouse;
    final long movements;
    final int activeSkus;
    final long[] dailyValuation;
    final Map<String, Long> rejects;
    final Map<Character, Long> pickedByAisle;

    WarehouseReport(String warehouse, long movements, int activeSkus, long[] dailyValuation,
                    Map<String, Long> rejects, Map<Character, Long> pickedByAisle) {
        this.warehouse = warehouse;
        this.movements = movements;
        this.activeSkus = activeSkus;
        this.dailyValuation = dailyValuation;
        this.rejects = rejects;
        this.pickedByAisle = pickedByAisle;
    }

    String render() {
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.GERMANY);
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(warehouse).append(": movements=").append(movements)
          .append(" active SKUs=").append(activeSkus).append('\n');
        for (int d = 0; d < dailyValuation.length; d += 7) {
            if (dailyValuation[d] == 0) {
                continue;
            }
            sb.append("  ").append(DAY.format(PERIOD_START.plusDays(d))).append("  ")
              .append(money.format(dailyValuation[d] / 100.0)).append('\n');
        }
        sb.append("  picked by aisle: ").append(pickedByAisle);
        return sb.toString();
    }
}
