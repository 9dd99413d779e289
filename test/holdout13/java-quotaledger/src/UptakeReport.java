import java.util.ArrayList;
import java.util.List;

/** Renders the month-end uptake table and overshoot warnings. */
final class UptakeReport {
    private UptakeReport() {}

    static String render(LedgerPartition l, StockRegistry reg, Fleet fleet) {
        StringBuilder sb = new StringBuilder(8192);
        List<String> overshoots = new ArrayList<>();
        sb.append(String.format("%-10s %-14s %10s %10s %7s%n", "stock", "PO", "quota t", "landed t", "uptake"));
        for (StockRegistry.Stock s : reg.stocks) {
            for (int p = 0; p < StockRegistry.PRODUCER_ORGS.length; p++) {
                double q = s.quotaTonnesByPo[p];
                double landed = l.landedTonnes[s.index][p];
                double pct = 100 * landed / q;
                if (pct > 100) overshoots.add(s.key() + " " + StockRegistry.PRODUCER_ORGS[p]);
                if (s.index % 9 == 0) {
                    sb.append(String.format("%-10s %-14s %10.1f %10.1f %6.1f%%%n", s.key(), StockRegistry.PRODUCER_ORGS[p], q, landed, pct));
                }
            }
        }
        sb.append("overshoots: ").append(overshoots.size()).append('\n');
        for (int i = 0; i < Math.min(8, overshoots.size()); i++) sb.append("  ").append(overshoots.get(i)).append('\n');
        int top = 0;
        for (int v = 1; v < fleet.size(); v++) if (l.vesselTonnes[v] > l.vesselTonnes[top]) top = v;
        sb.append(String.format("top vessel %s landed %.1f t; exemptions %d%n", fleet.vesselIds[top], l.vesselTonnes[top], l.exemptions));
        return sb.toString();
    }
}
