package ontsync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Local stand-in for the OLT element manager's northbound inventory API.
 * Serves pages of ONT records as CSV with a header row.
 */
final class ElementManagerStub {

    static final String[] COLUMNS = {
        "ontId", "serialNumber", "oltName", "ponPort", "onuIndex", "model", "firmware",
        "adminState", "operState", "rxPowerDbm", "txPowerDbm", "oltRxPowerDbm", "temperatureC",
        "supplyVoltage", "biasCurrentMa", "distanceM", "lastSeen", "serviceProfile", "vlan",
        "downstreamMbps", "upstreamMbps", "monthlyRental", "fecErrors", "bip8Errors", "rxHistory"
    };

    private static final String[] MODELS = {"HG8245Q2", "G-240W-F", "XS-010X-Q", "I-240G-R", "EG8145X6"};
    private static final String[] FIRMWARE = {"V5R020C10S120", "3FE49568IJLJ07", "R21.1.4", "V5R021C00S205"};
    private static final String[] PROFILES = {"FTTP-80-20", "FTTP-160-30", "FTTP-500-70", "FTTP-900-110", "BUS-1000-1000"};
    private static final int[][] SPEEDS = {{80, 20}, {160, 30}, {500, 70}, {900, 110}, {1000, 1000}};
    private static final String[] RENTAL = {"22.00", "27.50", "36.00", "48.00", "95.00"};
    private static final String[] OLTS = {"OLT-LDN-WIM-01", "OLT-LDN-CHI-02", "OLT-MAN-DID-01", "OLT-BHM-HAR-03",
        "OLT-LDS-CEN-01", "OLT-BEL-ORM-02", "OLT-CDF-CAN-01", "OLT-EDI-LEI-04"};

    private final long seed;
    private final int total;
    private HttpServer server;
    private ExecutorService executor;

    ElementManagerStub(long seed, int total) {
        this.seed = seed;
        this.total = total;
    }

    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        executor = Executors.newFixedThreadPool(2);
        server.setExecutor(executor);
        server.createContext("/nbi/v2/onts", this::handlePage);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handlePage(HttpExchange ex) throws IOException {
        String query = ex.getRequestURI().getQuery();
        int page = 0, size = 1000;
        for (String kv : query.split("&")) {
            int eq = kv.indexOf('=');
            String k = kv.substring(0, eq), v = kv.substring(eq + 1);
            if (k.equals("page")) page = Integer.parseInt(v);
            if (k.equals("size")) size = Integer.parseInt(v);
        }
        int from = page * size;
        int to = Math.min(total, from + size);
        StringBuilder sb = new StringBuilder(Math.max(0, to - from) * 260 + 512);
        sb.append(String.join(",", COLUMNS)).append('\n');
        for (int i = from; i < to; i++) {
            appendOnt(sb, i);
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/csv");
        ex.getResponseHeaders().set("X-Total-Count", Integer.toString(total));
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }

    private void appendOnt(StringBuilder sb, int i) {
        SplittableRandom r = new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L));
        String olt = OLTS[i % OLTS.length];
        int slot = 1 + (i / 512) % 16, port = 1 + (i / 32) % 16, onu = i % 32;
        int tier = r.nextInt(100) < 55 ? 0 : r.nextInt(5);
        boolean offline = r.nextInt(100) < 18;
        boolean partial = !offline && r.nextInt(100) < 10;
        double distance = 300 + r.nextDouble() * 19_000;
        double rx = 3.0 - 17.2 - 1.5 - distance / 1000 * 0.35 - 0.5 - r.nextDouble() * 4.2;
        if (r.nextInt(100) < 6) {
            rx -= 3 + r.nextDouble() * 6; // dirty connector or macrobend
        }
        sb.append("ONT-").append(i).append(',');
        sb.append("HWTC").append(Long.toHexString(0x10000000L + (r.nextLong() & 0xFFFFFFFL)).toUpperCase()).append(',');
        sb.append(olt).append(',');
        sb.append("1/").append(slot).append('/').append(port).append(',');
        sb.append(onu).append(',');
        sb.append(MODELS[r.nextInt(MODELS.length)]).append(',');
        sb.append(FIRMWARE[r.nextInt(FIRMWARE.length)]).append(',');
        sb.append(r.nextInt(100) < 2 ? "locked" : "unlocked").append(',');
        sb.append(offline ? (r.nextBoolean() ? "LOS" : "dying-gasp") : "up").append(',');
        if (offline) {
            sb.append("N/A,N/A,N/A,N/A,N/A,N/A,");
        } else {
            sb.append(round2(rx)).append(',');
            sb.append(partial ? "--" : Double.toString(round2(1.5 + r.nextDouble() * 3))).append(',');
            sb.append(round2(rx - 1.2 - r.nextDouble())).append(',');
            sb.append(partial ? "--" : Double.toString(round2(28 + r.nextDouble() * 30))).append(',');
            sb.append(partial ? "--" : Double.toString(round2(3.2 + r.nextDouble() * 0.2))).append(',');
            sb.append(partial ? "--" : Double.toString(round2(8 + r.nextDouble() * 12))).append(',');
        }
        sb.append(offline ? "N/A" : Long.toString(Math.round(distance))).append(',');
        sb.append("2024-06-").append(10 + r.nextInt(9)).append('T').append(10 + r.nextInt(12)).append(":")
          .append(10 + r.nextInt(50)).append(":00Z,");
        sb.append(PROFILES[tier]).append(',');
        sb.append(100 + r.nextInt(3900)).append(',');
        sb.append(SPEEDS[tier][0]).append(',').append(SPEEDS[tier][1]).append(',');
        sb.append(RENTAL[tier]).append(',');
        sb.append(offline ? "N/A" : Integer.toString(r.nextInt(100) < 80 ? 0 : r.nextInt(5000))).append(',');
        sb.append(offline ? "N/A" : Integer.toString(r.nextInt(100) < 85 ? 0 : r.nextInt(900))).append(',');
        // last 32 quarter-hour PM bins of ONT receive power, newest last
        int gapRate = offline ? 100 : (r.nextInt(100) < 25 ? 60 : 8);
        for (int b = 0; b < 32; b++) {
            if (b > 0) {
                sb.append('|');
            }
            if (r.nextInt(100) < gapRate) {
                sb.append("N/A");
            } else {
                sb.append(round2(rx + (r.nextDouble() - 0.5) * 0.8));
            }
        }
        sb.append('\n');
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
