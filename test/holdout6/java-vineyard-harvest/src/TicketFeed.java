import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;

/** Replays the scale-house export for one harvest day. */
public final class TicketFeed {
    private long s;
    private final BlockRegistry registry;
    private long nextId = 100000;

    static final String[] VARIETIES = {"Pinot  Noir", "pinot noir", "Chardonnay", "Riesling ",
            "Pinot Gris", "Sauvignon   Blanc", "Syrah", "Gewürztraminer", "cabernet franc"};
    static final String[] CREWS = {"crew-1", "crew-2", "crew-3", "crew-4", "contract-A", "contract-B"};

    TicketFeed(long seed, BlockRegistry registry) {
        this.s = seed;
        this.registry = registry;
    }

    private int next(int n) {
        s ^= s << 13;
        s ^= s >>> 7;
        s ^= s << 17;
        return (int) Long.remainderUnsigned(s, n);
    }

    List<String> day(int day, int count) {
        List<String> out = new ArrayList<>(count);
        StringBuilder b = new StringBuilder(96);
        for (int i = 0; i < count; i++) {
            int block = 1 + next(registry.size());
            b.setLength(0);
            b.append(nextId++).append('|');
            long ts = 1725840000000L + day * 86_400_000L + 6 * 3_600_000L + next(11 * 3_600_000);
            b.append(ts).append('|');
            // older scale terminals send the block number, newer ones the block name
            if (next(10) < 3) {
                b.append(block);
            } else {
                b.append(registry.nameOf(block));
            }
            b.append('|').append(VARIETIES[next(VARIETIES.length)]).append('|');
            b.append(next(600) / 100.0 + 0.4).append('|');
            b.append(19.0 + next(90) / 10.0).append('|');
            b.append(CREWS[next(CREWS.length)]);
            if (next(60) == 0) {
                b.append("|VOID");
            }
            out.add(b.toString());
        }
        return out;
    }
}

final class BlockRegistry {
    private final Map<Integer, String> namesById = new HashMap<>();
    private final Map<String, Integer> idsByName = new HashMap<>();

    static final String[] AREAS = {"North", "South", "Creek", "Ridge", "Terrace", "Old Vine"};

    static BlockRegistry standard() {
        BlockRegistry r = new BlockRegistry();
        int id = 1;
        for (String area : AREAS) {
            for (int n = 1; n <= 12; n++) {
                r.register(id++, area + "-" + n);
            }
        }
        return r;
    }

    void register(int id, String name) {
        namesById.put(id, name);
        idsByName.put(name.toLowerCase(), id);
    }

    String nameOf(int id) {
        return namesById.get(id);
    }

    Integer idOf(String name) {
        return idsByName.get(name.toLowerCase());
    }

    int size() {
        return namesById.size();
    }
}
