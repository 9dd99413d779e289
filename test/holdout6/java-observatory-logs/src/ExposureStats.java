import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class ExposureStats {
    private static final class Acc {
        long seconds;
        int frames;
        double seeingSum;
        double bestSeeing = Double.MAX_VALUE;
        double airmassSum;
    }

    private final Map<String, Acc> byTarget = new HashMap<>();
    private int count;

    void add(Observation o) {
        Acc a = byTarget.computeIfAbsent(o.target, k -> new Acc());
        a.seconds += o.exposureSec;
        a.frames++;
        a.seeingSum += o.seeingArcsec;
        a.bestSeeing = Math.min(a.bestSeeing, o.seeingArcsec);
        a.airmassSum += o.airmass();
        count++;
    }

    int count() {
        return count;
    }

    List<String> summary(int n) {
        List<Map.Entry<String, Acc>> list = new ArrayList<>(byTarget.entrySet());
        list.sort((x, y) -> {
            int c = Long.compare(y.getValue().seconds, x.getValue().seconds);
            return c != 0 ? c : x.getKey().compareTo(y.getKey());
        });
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Acc> e : list.subList(0, Math.min(n, list.size()))) {
            Acc a = e.getValue();
            out.add(e.getKey() + ": " + a.seconds / 3600 + " h in " + a.frames + " frames, best seeing "
                    + Math.round(a.bestSeeing * 100) / 100.0 + "\", mean airmass "
                    + Math.round(a.airmassSum / a.frames * 100) / 100.0);
        }
        return out;
    }
}
