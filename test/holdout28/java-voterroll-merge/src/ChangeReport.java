import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** List-maintenance report for one county merge. */
final class ChangeReport {

    record Change(String kind, String stateId, String countyVoterId, String detail) {}

    private final String county;
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Integer> counts = new TreeMap<>();

    ChangeReport(String county) {
        this.county = county;
    }

    void add(String kind, String stateId, String countyVoterId, String detail) {
        counts.merge(kind, 1, Integer::sum);
        if (!"UNCHANGED".equals(kind)) {
            changes.add(new Change(kind, stateId, countyVoterId, detail));
        }
    }

    Map<String, Integer> counts() {
        return counts;
    }

    String render() {
        StringBuilder sb = new StringBuilder(changes.size() * 64);
        sb.append("County: ").append(county).append('\n');
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            sb.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        for (Change c : changes) {
            sb.append(c.kind()).append('\t').append(c.stateId()).append('\t')
              .append(c.countyVoterId()).append('\t').append(c.detail()).append('\n');
        }
        return sb.toString();
    }
}
