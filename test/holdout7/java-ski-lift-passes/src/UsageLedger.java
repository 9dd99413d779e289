import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class UsageLedger {
    static final class PassUsage {
        int rides;
        long vertical;
        String type;
        java.time.LocalDateTime first;
        java.time.LocalDateTime last;
        int age;
    }

    private final Map<String, PassUsage> today = new HashMap<>();
    private final Map<String, Long> liftRides = new HashMap<>();
    private long vertical;

    void record(GateScan s) {
        PassUsage u = today.computeIfAbsent(s.passId, k -> new PassUsage());
        u.rides++;
        u.type = s.passType;
        u.age = s.age;
        int climb = Math.max(0, s.altitude - 1500);
        u.vertical += climb;
        vertical += climb;
        if (u.first == null || s.at.isBefore(u.first)) u.first = s.at;
        if (u.last == null || s.at.isAfter(u.last)) u.last = s.at;
        liftRides.merge(s.lift, 1L, Long::sum);
    }

    Map<String, PassUsage> drainDay() {
        Map<String, PassUsage> out = new TreeMap<>(today);
        today.clear();
        return out;
    }

    List<String> busiestLifts(int n) {
        List<Map.Entry<String, Long>> es = new ArrayList<>(liftRides.entrySet());
        es.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(n, es.size()); i++) out.add(es.get(i).getKey());
        return out;
    }

    long totalVertical() { return vertical; }
}
