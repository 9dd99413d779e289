import java.util.List;
import java.util.Locale;

/** Network-wide roll-up printed at the end of the run. */
public class NetworkSummary {
    private final List<SiteReport> reports;

    NetworkSummary(List<SiteReport> reports) {
        this.reports = reports;
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.UK, "%-18s %6s %8s %8s %7s %6s %6s %7s %8s%n",
                "site", "beds", "occ", "admits", "divert", "wait", "los", "board", "refused"));
        long admits = 0, diverts = 0, audit = 0;
        for (SiteReport r : reports) {
            sb.append(String.format(Locale.UK, "%-18s %6d %7.1f%% %8d %7d %6.1f %6.1f %7.1f %8d%n",
                    r.site, r.capacity, 100 * r.meanOccupancy(), r.admitted, r.diverted,
                    r.admitted == 0 ? 0 : r.waitHours / r.admitted,
                    r.discharged == 0 ? 0 : r.losDays / r.discharged,
                    r.meanBoarding(), r.refusals));
            admits += r.admitted;
            diverts += r.diverted;
            audit += r.auditEntries;
        }
        sb.append(String.format(Locale.UK, "network: %d admissions, %d diverted, %d audit entries%n", admits, diverts, audit));
        return sb.toString();
    }
}
