import java.util.HashMap;
import java.util.Map;

public class PassRegistry {
    private final Map<String, Integer> lastScanMinute = new HashMap<>();
    private final Map<String, Integer> checksums = new HashMap<>();

    /** Anti-passback: the same pass may not pass a gate twice within 4 minutes. */
    boolean admit(GateScan s) {
        int cs = checksums.computeIfAbsent(s.passId, PassRegistry::checksum);
        if (cs % 97 == 0) return false;
        if ("CHILD".equals(s.passType) && s.age > 15) return false;
        int minute = s.at.getDayOfYear() * 1440 + s.at.getHour() * 60 + s.at.getMinute();
        Integer prev = lastScanMinute.put(s.passId, minute);
        return prev == null || minute - prev >= 4 || minute < prev;
    }

    static int checksum(String id) {
        int sum = 0;
        for (int i = 0; i < id.length(); i++) {
            int c = id.charAt(i);
            int v = (i % 2 == 0) ? c * 2 : c;
            sum += v > 99 ? v - 99 : v;
        }
        return sum;
    }
}
