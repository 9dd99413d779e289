import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public class BinAllocator {
    static final class Bin {
        final String key;
        int count;
        long grams;
        final int[] sizeHistogram = new int[40];
        Bin(String key) { this.key = key; }
    }

    private final int binCapacity;
    private final Map<String, Bin> open = new HashMap<>();
    private final Map<String, Integer> closedToday = new HashMap<>();

    BinAllocator(int binCapacity) { this.binCapacity = binCapacity; }

    void place(FruitReading r, Grade g) {
        String key = r.variety + '/' + g.name();
        Bin b = open.computeIfAbsent(key, Bin::new);
        b.count++;
        b.grams += r.grams;
        b.sizeHistogram[Math.min(39, Math.max(0, r.diameter - 55))]++;
        if (b.count >= binCapacity) {
            closedToday.merge(key, 1, Integer::sum);
            open.put(key, new Bin(key));
        }
    }

    Map<String, Integer> closeShift() {
        Map<String, Integer> out = new HashMap<>(closedToday);
        for (Bin b : open.values()) {
            int[] h = Arrays.copyOf(b.sizeHistogram, b.sizeHistogram.length);
            Arrays.sort(h);
            if (b.count > 0 && h[h.length - 1] > 0) out.merge(b.key, 0, Integer::sum);
        }
        closedToday.clear();
        return out;
    }
}
