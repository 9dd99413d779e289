package berthplan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Berth planning pipeline: loading lists for each vessel call are parsed, stowed and exported by
 * three stages connected with blocking queues.
 */
public class BerthPlanner {
    static final String[] ROTATION = {"NLRTM", "BEANR", "DEHAM", "GBFXT", "FRLEH", "ESALG", "ITGOA", "GRPIR"};
    static final String[] ISO_TYPES = {"22G1", "42G1", "45G1", "45R1", "22R1", "L5G1", "22T6"};
    private static final List<String> END = new ArrayList<>();

    record VesselCall(String voyage, List<String> lines) {}
    record ParsedCall(String voyage, List<ContainerUnit> units) {}
    record StowedCall(String voyage, List<ContainerUnit> units, BayPlan plan, int overstows) {}
    private static final ParsedCall PARSED_END = new ParsedCall("", List.of());
    private static final StowedCall STOWED_END = new StowedCall("", List.of(), null, 0);

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path work = Files.createTempDirectory("berthplan-");
        try {
            run(calls, work);
        } finally {
            try (var s = Files.walk(work)) {
                s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void run(int calls, Path work) throws Exception {
        BlockingQueue<VesselCall> inbound = new ArrayBlockingQueue<>(4);
        BlockingQueue<ParsedCall> parsed = new ArrayBlockingQueue<>(4);
        BlockingQueue<StowedCall> stowed = new ArrayBlockingQueue<>(4);
        LoadingListParser parser = new LoadingListParser();
        StowagePlanner planner = new StowagePlanner(ROTATION, 20, 13, 9);
        StowageReportExporter exporter = new StowageReportExporter();

        Thread parseStage = new Thread(() -> {
            try {
                for (VesselCall vc = inbound.take(); vc.lines() != END; vc = inbound.take()) {
                    parsed.put(new ParsedCall(vc.voyage(), parser.parse(vc.lines())));
                }
                parsed.put(PARSED_END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "parse-stage");
        Thread stowStage = new Thread(() -> {
            try {
                for (ParsedCall pc = parsed.take(); pc != PARSED_END; pc = parsed.take()) {
                    BayPlan plan = planner.stow(pc.units());
                    stowed.put(new StowedCall(pc.voyage(), pc.units(), plan, planner.overstows(plan)));
                }
                stowed.put(STOWED_END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stow-stage");
        final long[] totals = new long[4];
        Thread exportStage = new Thread(() -> {
            try {
                for (StowedCall sc = stowed.take(); sc != STOWED_END; sc = stowed.take()) {
                    StringBuilder sb = new StringBuilder(1 << 20);
                    sb.append(exporter.header(ContainerUnit.class)).append('\n');
                    StringBuilder rolledList = new StringBuilder(1 << 20);
                    rolledList.append(exporter.header(ContainerUnit.class)).append('\n');
                    int rolled = 0;
                    for (ContainerUnit c : sc.units()) {
                        if (c.isStowed()) {
                            exporter.appendRow(sb, c);
                        } else {
                            exporter.appendRow(rolledList, c);
                            rolled++;
                        }
                    }
                    Files.writeString(work.resolve(sc.voyage() + "-rolled.csv"), rolledList.toString(), StandardCharsets.UTF_8);
                    totals[3] += rolled;
                    Files.writeString(work.resolve(sc.voyage() + ".csv"), sb.toString(), StandardCharsets.UTF_8);
                    totals[0]++;
                    totals[1] += sc.units().size();
                    totals[2] += sc.overstows();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        }, "export-stage");
        parseStage.start();
        stowStage.start();
        exportStage.start();

        LoadingListGenerator gen = new LoadingListGenerator(20261126L);
        for (int i = 0; i < calls; i++) {
            inbound.put(new VesselCall("V" + (100 + i) + "W", gen.loadingList(4000)));
        }
        inbound.put(new VesselCall("", END));
        parseStage.join();
        stowStage.join();
        exportStage.join();
        System.out.printf("calls=%d containers=%d overstows=%d rolled=%d%n", totals[0], totals[1], totals[2], totals[3]);
    }

    /** Produces deterministic loading lists as the shipping line's EDI gateway would. */
    static final class LoadingListGenerator {
        private final Random rng;

        LoadingListGenerator(long seed) {
            this.rng = new Random(seed);
        }

        List<String> loadingList(int n) {
            List<String> lines = new ArrayList<>(n);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String owner = "" + (char) ('A' + rng.nextInt(26)) + (char) ('A' + rng.nextInt(26)) + (char) ('A' + rng.nextInt(26)) + 'U';
                String serial = String.valueOf(100000 + rng.nextInt(900000));
                String body = owner + serial;
                String no = body + checkDigit(body);
                String iso = ISO_TYPES[rng.nextInt(ISO_TYPES.length)];
                String pod = ROTATION[rng.nextInt(ROTATION.length)];
                int kg = 4000 + rng.nextInt(26000);
                int cents = (kg + 5) / 10;
                String mass = rng.nextInt(3) == 0 ? String.valueOf(kg)
                        : (cents / 100) + "." + (cents % 100 < 10 ? "0" : "") + (cents % 100) + "T";
                String un = rng.nextInt(4) == 0 ? "UN" + (1000 + rng.nextInt(2000)) : "";
                sb.setLength(0);
                sb.append(no).append('|').append(iso).append('|').append(pod).append('|').append(mass)
                        .append('|').append(un).append('|').append(iso.contains("R") ? "R" : "D");
                lines.add(sb.toString());
            }
            return lines;
        }

        private static int checkDigit(String body) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                char c = body.charAt(i);
                int v = Character.isDigit(c) ? c - '0' : 10 + (c - 'A');
                if (!Character.isDigit(c)) {
                    v += (v - 1) / 10;
                }
                sum += v << i;
            }
            return sum % 11 % 10;
        }
    }
}
