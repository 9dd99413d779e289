package noc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;

/**
 * Network operations centre alarm pipeline: trap intake, decoding, topology
 * correlation and trouble-ticket output, run as stages joined by bounded
 * queues. Replays a synthetic day of traps from the access and aggregation
 * network.
 */
public final class AlarmPipelineMain {

    public static void main(String[] args) throws Exception {
        long traps = args.length > 0 ? Long.parseLong(args[0]) : 8_000_000L;
        long seed = 99_173L;
        long started = System.nanoTime();

        Path workDir = Files.createTempDirectory("noc-alarms-");
        try {
            NetworkTopology topology = NetworkTopology.build(seed, 6, 24, 40, 48);
            BlockingQueue<List<byte[]>> raw = new ArrayBlockingQueue<>(16);
            BlockingQueue<List<Alarm>> decoded = new ArrayBlockingQueue<>(16);
            BlockingQueue<List<Incident>> incidents = new ArrayBlockingQueue<>(16);

            TrapSource source = new TrapSource(topology, seed, traps, raw);
            TrapDecoder decoder = new TrapDecoder(raw, decoded);
            Correlator correlator = new Correlator(topology, decoded, incidents);
            TicketWriter writer = new TicketWriter(topology, incidents, workDir.resolve("tickets.txt"));

            Thread[] stages = {
                new Thread(source, "trap-intake"),
                new Thread(decoder, "trap-decoder"),
                new Thread(correlator, "correlator"),
                new Thread(writer, "ticket-writer"),
            };
            for (Thread t : stages) {
                t.start();
            }
            for (Thread t : stages) {
                t.join();
            }
            writer.rethrow();

            System.out.printf("network elements %d, traps %d, decoded %d (bad checksum %d)%n",
                    topology.size(), source.sent(), decoder.decoded(), decoder.rejected());
            System.out.printf("alarms raised %d, cleared %d, suppressed as symptoms %d, incidents %d%n",
                    correlator.raised(), correlator.cleared(), correlator.suppressed(), correlator.incidents());
            System.out.printf("tickets written %d (%d bytes), customer-impacting %d%n",
                    writer.tickets(), Files.size(workDir.resolve("tickets.txt")), writer.customerImpacting());
            for (String line : writer.topRegions(4)) {
                System.out.println("  " + line);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(workDir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.printf("elapsed %.1fs%n", (System.nanoTime() - started) / 1e9);
    }
}
