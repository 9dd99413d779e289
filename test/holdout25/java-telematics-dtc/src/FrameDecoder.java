package telematics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;

/** Decodes gateway uplink lines into frames. */
public final class FrameDecoder implements Runnable {
    private final BlockingQueue<String> in;
    private final BlockingQueue<TelemetryFrame> out;
    private volatile long decoded;
    private volatile long rejected;

    FrameDecoder(BlockingQueue<String> in, BlockingQueue<TelemetryFrame> out) {
        this.in = in;
        this.out = out;
    }

    long decodedCount() {
        return decoded;
    }

    long rejectedCount() {
        return rejected;
    }

    @Override
    public void run() {
        try {
            while (true) {
                String line = in.take();
                if (line.isEmpty()) {
                    break;
                }
                TelemetryFrame f = decode(line);
                if (f == null) {
                    rejected++;
                    continue;
                }
                decoded++;
                out.put(f);
            }
            out.put(TelemetryFrame.END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    TelemetryFrame decode(String line) {
        String[] parts = line.split("\\|", -1);
        if (parts.length != 6 || parts[0].length() != 17) {
            return null;
        }
        long ts;
        try {
            ts = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            return null;
        }
        Map<String, Double> signals = new HashMap<>(24);
        int start = 0;
        String body = parts[4];
        while (start < body.length()) {
            int end = body.indexOf(';', start);
            if (end < 0) {
                end = body.length();
            }
            int eq = body.indexOf('=', start);
            if (eq > start && eq < end) {
                Double value = parseSignal(body.substring(eq + 1, end));
                if (value != null) {
                    signals.put(body.substring(start, eq), value);
                }
            }
            start = end + 1;
        }
        List<String> codes = List.of();
        if (!parts[5].isEmpty()) {
            codes = new ArrayList<>(4);
            for (String c : parts[5].split(",")) {
                if (c.length() == 5) {
                    codes.add(c);
                }
            }
        }
        return new TelemetryFrame(parts[0], parts[1], ts, parts[3], signals, codes);
    }

    /**
     * Signal values arrive as integers, decimals, hex bytes ("0x3F") or
     * "N/A" when the ECU did not answer.
     */
    static Double parseSignal(String raw) {
        if (raw.isEmpty() || raw.equals("N/A")) {
            return null;
        }
        if (raw.startsWith("0x")) {
            return (double) Integer.parseInt(raw, 2, raw.length(), 16);
        }
        if (raw.indexOf('.') < 0) {
            return (double) Long.parseLong(raw);
        }
        return Double.parseDouble(raw);
    }
}
