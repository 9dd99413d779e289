package yarddwell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pairs arrivals with departures per container and yields completed yard visits. */
final class DwellCalculator {

    record Visit(String containerNo, String lineOperator, String block, long inMinute, long outMinute,
                 boolean reefer, boolean full, boolean importBox) {
        long dwellMinutes() {
            return outMinute - inMinute;
        }
    }

    List<Visit> pair(List<GateMove> moves) {
        List<GateMove> sorted = new ArrayList<>(moves);
        sorted.sort(Comparator.comparingLong((GateMove m) -> m.epochMinute).thenComparing(m -> m.containerNo));
        Map<String, GateMove> open = new HashMap<>(moves.size());
        List<Visit> visits = new ArrayList<>(moves.size() / 2);
        for (GateMove m : sorted) {
            String key = m.containerNo + '/' + m.lineOperator;
            if (m.arrival()) {
                open.put(key, m);
            } else {
                GateMove in = open.remove(key);
                if (in != null) {
                    visits.add(new Visit(m.containerNo, m.lineOperator, in.block, in.epochMinute, m.epochMinute,
                            in.reefer, in.full, in.kind == GateMove.Kind.VESSEL_DISCHARGE));
                }
            }
        }
        return visits;
    }
}
