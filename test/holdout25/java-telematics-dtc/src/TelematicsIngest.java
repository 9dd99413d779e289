package telematics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;

/**
 * Connected-vehicle ingest pipeline for a dealer group's workshop fleet:
 * telematics frames are decoded, fault codes are matched against open
 * recall and service campaigns, diagnostic events are journalled and a
 * fleet health report is produced.
 */
public final class TelematicsIngest {

    public static void main(String[] args) throws Exception {
        int frames = 520_000;
        int vehicles = 4_000;
        long seed = 4_411_207L;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--frames" -> frames = Integer.parseInt(args[i + 1]);
                case "--vehicles" -> vehicles = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("telematics-ingest-");
        try {
            run(frames, vehicles, seed, work);
        } finally {
            deleteTree(work);
        }
    }

    static void run(int frames, int vehicles, long seed, Path work) throws Exception {
        long started = System.nanoTime();
        Logger appLog = Logger.getLogger("telematics");
        FileHandler logFile = new FileHandler(work.resolve("ingest.log").toString());
        logFile.setFormatter(new SimpleFormatter());
        appLog.addHandler(logFile);
        appLog.setUseParentHandlers(false);
        DtcCatalogue catalogue = DtcCatalogue.standard(seed);
        CampaignMatcher matcher = new CampaignMatcher(catalogue, CampaignMatcher.openCampaigns(catalogue, seed));
        FleetHealth health = new FleetHealth();

        BlockingQueue<String> raw = new ArrayBlockingQueue<>(4096);
        BlockingQueue<TelemetryFrame> decoded = new ArrayBlockingQueue<>(4096);

        FrameSource source = new FrameSource(vehicles, frames, seed, catalogue, raw);
        FrameDecoder decoder = new FrameDecoder(raw, decoded);
        Thread sourceThread = new Thread(source, "frame-source");
        Thread decoderThread = new Thread(decoder, "frame-decoder");
        sourceThread.start();
        decoderThread.start();

        long events = 0;
        try (EventJournal journal = new EventJournal(work.resolve("diagnostic-events.csv"))) {
            while (true) {
                TelemetryFrame frame = decoded.take();
                if (frame == TelemetryFrame.END) {
                    break;
                }
                health.record(frame);
                for (DiagnosticEvent ev : matcher.evaluate(frame)) {
                    journal.append(ev);
                    health.recordEvent(ev);
                    events++;
                }
            }
        }
        sourceThread.join();
        decoderThread.join();

        appLog.removeHandler(logFile);
        logFile.close();

        Path report = work.resolve("fleet-health.txt");
        health.writeReport(report, catalogue);
        double secs = (System.nanoTime() - started) / 1e9;
        System.out.printf("frames decoded %d (rejected %d), diagnostic events %d, campaign hits %d%n",
                decoder.decodedCount(), decoder.rejectedCount(), events, matcher.campaignHits());
        System.out.printf("vehicles reporting %d, vehicles needing workshop visit %d%n",
                health.vehicleCount(), health.workshopCandidates());
        System.out.printf("report %d bytes, elapsed %.1f s%n", Files.size(report), secs);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
