package affinage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Replays one ripening season in an affinage cave: wheels arrive from the
 * dairies, the turning robot handles them on schedule, the cave master moves
 * wheels between bays when their rind or moisture drifts, and the weekly
 * stock list goes to the sales office every third day.
 */
public final class AffinageSeason {

    public static void main(String[] args) throws IOException {
        long seed = 4417L;
        int days = 140;
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--seed")) seed = Long.parseLong(args[i + 1]);
            if (args[i].equals("--days")) days = Integer.parseInt(args[i + 1]);
        }
        Path work = Files.createTempDirectory("affinage-");
        try {
            System.out.println(new AffinageSeason(seed, work).run(days));
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private final Random random;
    private final Path work;
    private final Cave cave;
    private final List<Wheel> wheels = new ArrayList<>();

    AffinageSeason(long seed, Path work) {
        this.random = new Random(seed);
        this.work = work;
        this.cave = Cave.standard(random);
    }

    String run(int days) throws IOException {
        TurningRobot robot = new TurningRobot(cave);
        BayPlanner planner = new BayPlanner(cave);
        InventoryExport export = new InventoryExport(work.resolve("inventory"));
        int moves = 0;
        for (int day = 0; day < days; day++) {
            receiveDeliveries(day);
            cave.updateClimate(day, random);
            List<String> robotLog = robot.workDay(day, wheels);
            robot.confirm(robotLog, wheels);
            for (Wheel w : wheels) {
                w.ripenOneDay(cave.bay(w.bay()));
            }
            if (day % 7 == 6) {
                moves += planner.weeklyReview(wheels, day);
            }
            if (day % 3 == 2) {
                export.writeIssue(day / 3, wheels);
            }
        }
        long ready = wheels.stream().filter(w -> w.ageDays() >= w.plan().totalDays()).count();
        double avgRind = wheels.stream().mapToDouble(Wheel::rindScore).average().orElse(0);
        return String.format("%d wheels in cave, %d ready for sale, %d bay moves, mean rind score %.2f, %d inventory bytes",
                wheels.size(), ready, moves, avgRind, export.bytesWritten());
    }

    private static final String[] DAIRIES = {"GRU", "BEA", "ALP", "VAC", "MON"};

    private void receiveDeliveries(int day) {
        if (day % 2 != 0 || day > 100) return;
        int count = 70 + random.nextInt(30);
        for (int i = 0; i < count; i++) {
            String dairy = DAIRIES[random.nextInt(DAIRIES.length)];
            int vat = 1 + random.nextInt(6);
            int seq = wheels.size() + 1;
            String label = String.format("%s-%02d%02d-%03d-W%04d", dairy, 24, 1 + day / 30, vat * 100 + day % 100, seq % 10000);
            if (random.nextInt(9) == 0) label += "/R" + (1 + random.nextInt(3));
            double kg = 34 + random.nextGaussian() * 2.5;
            wheels.add(new Wheel(label, dairy, day, kg, cave.leastLoadedBay(), RipeningPlan.forDairy(dairy)));
        }
    }
}
