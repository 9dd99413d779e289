package innbooking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Pushes availability, rates and inventory (ARI) to the online travel
 * agencies: per property, room type and day, the free room count and the
 * best one-night rate.
 */
final class ChannelSync {
    private final Inventory inventory;
    private final RateCalculator rates;
    private final Map<String, Long> lastChecksum = new HashMap<>();
    private int pushes;
    private long bytesPushed;

    ChannelSync(Inventory inventory, RateCalculator rates) {
        this.inventory = inventory;
        this.rates = rates;
    }

    void publish(int fromDay, int horizon) {
        StringBuilder sb = new StringBuilder(16_384);
        CRC32 crc = new CRC32();
        for (String property : inventory.properties()) {
            List<Room> rooms = inventory.rooms(property);
            for (Room.Type type : Room.Type.values()) {
                sb.setLength(0);
                sb.append(property).append('|').append(type).append('|');
                for (int day = fromDay; day < Math.min(365, fromDay + horizon); day++) {
                    int free = 0;
                    Room sample = null;
                    for (Room r : rooms) {
                        if (r.type() == type && !r.isOccupied(day)) {
                            free++;
                            if (sample == null || (!r.seaView() && sample.seaView())) sample = r;
                        }
                    }
                    long rate = sample == null ? 0 : rates.quote(sample, day, day + 1, false, 1)[0];
                    sb.append(day).append(':').append(free).append(':').append(rate).append(';');
                }
                byte[] payload = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                crc.reset();
                crc.update(payload);
                String key = property + "/" + type;
                Long prev = lastChecksum.put(key, crc.getValue());
                if (prev == null || prev != crc.getValue()) {
                    pushes++;
                    bytesPushed += payload.length;
                }
            }
        }
    }

    int pushes() { return pushes; }
    long bytesPushed() { return bytesPushed; }
}
