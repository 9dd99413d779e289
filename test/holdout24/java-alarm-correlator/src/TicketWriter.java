package noc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/** Writes trouble tickets for opened and closed incidents. */
final class TicketWriter implements Runnable {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final String[] SEVERITY = {"CLEARED", "WARNING", "MINOR", "MAJOR", "CRITICAL"};

    private final NetworkTopology topology;
    private final BlockingQueue<List<Incident>> in;
    private final Path file;
    private final long[] regionCustomerMinutes = new long[NetworkTopology.REGIONS.length];
    private final int[] regionIncidents = new int[NetworkTopology.REGIONS.length];
    private long tickets, customerImpacting;
    private IOException failure;

    TicketWriter(NetworkTopology topology, BlockingQueue<List<Incident>> in, Path file) {
        this.topology = topology;
        this.in = in;
        this.file = file;
    }

    long tickets() { return tickets; }
    long customerImpacting() { return customerImpacting; }

    void rethrow() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void run() {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder(256);
            while (true) {
                List<Incident> batch = in.take();
                if (batch.isEmpty()) {
                    return;
                }
                for (Incident inc : batch) {
                    sb.setLength(0);
                    format(inc, sb);
                    w.append(sb);
                    tickets++;
                }
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void format(Incident inc, StringBuilder sb) {
        Alarm a = inc.root;
        int el = a.element;
        int customers = topology.customers[el];
        boolean closing = inc.clearedAtMillis >= 0;
        sb.append(closing ? "CLOSE " : "OPEN  ").append("INC").append(10_000_000 + a.sequence).append(" | ");
        STAMP.formatTo(Instant.ofEpochMilli(closing ? inc.clearedAtMillis : a.raisedAtMillis), sb);
        sb.append(" | ").append(SEVERITY[a.severity]).append(" | ").append(topology.name[el])
          .append(" (").append(topology.kind[el]).append(") | ").append(NetworkTopology.REGIONS[topology.region[el]])
          .append(" | ").append(a.code).append(' ').append(a.text)
          .append(" | customers=").append(customers);
        if (closing) {
            long minutes = Math.max(1, (inc.clearedAtMillis - a.raisedAtMillis) / 60_000);
            sb.append(" | duration=").append(minutes).append("m | symptoms=").append(inc.symptoms);
            regionCustomerMinutes[topology.region[el]] += minutes * customers;
        } else {
            regionIncidents[topology.region[el]]++;
            if (customers > 0) {
                customerImpacting++;
            }
        }
        sb.append('\n');
    }

    List<String> topRegions(int n) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < regionIncidents.length; i++) {
            idx.add(i);
        }
        idx.sort((x, y) -> Long.compare(regionCustomerMinutes[y], regionCustomerMinutes[x]));
        List<String> out = new ArrayList<>();
        for (int i : idx.subList(0, Math.min(n, idx.size()))) {
            out.add(NetworkTopology.REGIONS[i] + ": incidents=" + regionIncidents[i]
                    + " customer-minutes=" + regionCustomerMinutes[i]);
        }
        return out;
    }
}
