package noc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.zip.CRC32;

/** Verifies and decodes trap PDUs into alarms. */
final class TrapDecoder implements Runnable {
    private final BlockingQueue<List<byte[]>> in;
    private final BlockingQueue<List<Alarm>> out;
    private final CRC32 crc = new CRC32();
    private long decoded, rejected;

    TrapDecoder(BlockingQueue<List<byte[]>> in, BlockingQueue<List<Alarm>> out) {
        this.in = in;
        this.out = out;
    }

    long decoded() {
        return decoded;
    }

    long rejected() {
        return rejected;
    }

    @Override
    public void run() {
        try {
            while (true) {
                List<byte[]> batch = in.take();
                if (batch.isEmpty()) {
                    out.put(List.of());
                    return;
                }
                List<Alarm> alarms = new ArrayList<>(batch.size());
                for (byte[] pdu : batch) {
                    Alarm a = decode(pdu);
                    if (a == null) {
                        rejected++;
                    } else {
                        alarms.add(a);
                        decoded++;
                    }
                }
                out.put(alarms);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Alarm decode(byte[] pdu) {
        if (pdu.length < 32) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(pdu);
        if (b.getShort() != TrapSource.MAGIC || b.get() != 2) {
            return null;
        }
        crc.reset();
        crc.update(pdu, 0, pdu.length - 4);
        if ((int) crc.getValue() != b.getInt(pdu.length - 4)) {
            return null;
        }
        long seq = b.getLong();
        int element = b.getInt();
        short code = b.getShort();
        byte severity = b.get();
        long at = b.getLong();
        int textLen = b.getShort();
        String text = new String(pdu, b.position(), textLen, StandardCharsets.US_ASCII);
        return new Alarm(element, code, severity, at, seq, text);
    }
}
