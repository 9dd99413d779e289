package noc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.zip.CRC32;

/**
 * Trap intake: replays the day's notifications as binary PDUs in the
 * collector's wire format, including outage storms where an aggregation
 * or access node failure drags down everything beneath it.
 */
final class TrapSource implements Runnable {
    static final short MAGIC = (short) 0xA1A1;
    static final int BATCH = 512;

    static final short[] CODES = {101, 102, 205, 206, 310, 311, 412, 520};
    static final byte[][] TEXTS = texts(
            "Loss of signal on PON port", "Loss of frame", "High bit error rate upstream",
            "Line card temperature high", "Uplink down", "BGP session down", "Power supply failure",
            "ONT dying gasp threshold");

    private final NetworkTopology topology;
    private final SplittableRandom rng;
    private final long total;
    private final BlockingQueue<List<byte[]>> out;
    private final CRC32 crc = new CRC32();
    private long sent;
    private long clockMillis = 1_717_372_800_000L; // 2024-06-03T00:00:00Z
    private List<byte[]> batch = new ArrayList<>(BATCH);

    TrapSource(NetworkTopology topology, long seed, long total, BlockingQueue<List<byte[]>> out) {
        this.topology = topology;
        this.rng = new SplittableRandom(seed);
        this.total = total;
        this.out = out;
    }

    long sent() {
        return sent;
    }

    private static byte[][] texts(String... t) {
        byte[][] b = new byte[t.length][];
        for (int i = 0; i < t.length; i++) {
            b[i] = t[i].getBytes(StandardCharsets.US_ASCII);
        }
        return b;
    }

    @Override
    public void run() {
        try {
            int n = topology.size();
            while (sent < total) {
                clockMillis += rng.nextInt(40);
                if (rng.nextInt(4000) == 0) {
                    storm();
                    continue;
                }
                int el = rng.nextInt(n);
                int c = rng.nextInt(CODES.length);
                int roll = rng.nextInt(100);
                byte sev = roll < 55 ? Alarm.WARNING : roll < 90 ? Alarm.MINOR : Alarm.MAJOR;
                emit(el, c, sev, clockMillis);
                if (rng.nextInt(100) < 85) {
                    emit(el, c, Alarm.CLEARED, clockMillis + 1000 + rng.nextInt(600_000));
                }
            }
            flush();
            out.put(List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A node fails: root alarm, symptom alarms from its subtree, then clears. */
    private void storm() throws InterruptedException {
        int n = topology.size();
        int node;
        do {
            node = rng.nextInt(n);
        } while (topology.kind[node] == NetworkTopology.Kind.LINE_CARD);
        long t0 = clockMillis;
        emit(node, topology.kind[node] == NetworkTopology.Kind.ACCESS_NODE ? 4 : 6, Alarm.CRITICAL, t0);
        int from = node + 1, to = topology.subtreeEnd[node];
        int symptoms = Math.min(to - from, 400);
        for (int i = 0; i < symptoms && sent < total; i++) {
            int el = from + rng.nextInt(to - from);
            emit(el, 0, Alarm.MAJOR, t0 + 200 + rng.nextInt(30_000));
        }
        emit(node, topology.kind[node] == NetworkTopology.Kind.ACCESS_NODE ? 4 : 6, Alarm.CLEARED,
                t0 + 120_000 + rng.nextInt(3_600_000));
    }

    private void emit(int element, int codeIndex, byte severity, long at) throws InterruptedException {
        byte[] text = TEXTS[codeIndex];
        byte[] pdu = new byte[2 + 1 + 8 + 4 + 2 + 1 + 8 + 2 + text.length + 4];
        ByteBuffer b = ByteBuffer.wrap(pdu);
        b.putShort(MAGIC).put((byte) 2).putLong(sent).putInt(element).putShort(CODES[codeIndex])
         .put(severity).putLong(at).putShort((short) text.length).put(text);
        crc.reset();
        crc.update(pdu, 0, b.position());
        b.putInt((int) crc.getValue());
        if (rng.nextInt(5000) == 0) {
            pdu[11] ^= 0x40; // corrupted in transit
        }
        sent++;
        batch.add(pdu);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    private void flush() throws InterruptedException {
        if (!batch.isEmpty()) {
            out.put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }
}
