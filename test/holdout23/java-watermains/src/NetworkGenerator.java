package watermains;

import java.util.Random;

/** Builds the synthetic town network used for the planning study. */
final class NetworkGenerator {
    private final Random random;

    NetworkGenerator(long seed) {
        this.random = new Random(seed);
    }

    Network generate(int size) {
        Network net = new Network();
        net.patterns.add(pattern(new double[] {0.45, 0.4, 0.38, 0.38, 0.45, 0.7, 1.25, 1.6, 1.45, 1.2, 1.05, 1.0,
                1.0, 0.95, 0.9, 0.95, 1.1, 1.35, 1.5, 1.4, 1.2, 0.95, 0.7, 0.55}));
        net.patterns.add(pattern(new double[] {0.3, 0.3, 0.3, 0.3, 0.35, 0.5, 0.9, 1.3, 1.55, 1.6, 1.6, 1.55,
                1.5, 1.55, 1.6, 1.55, 1.4, 1.1, 0.8, 0.6, 0.45, 0.4, 0.35, 0.3}));
        net.patterns.add(pattern(new double[] {0.9, 0.9, 0.9, 0.9, 0.95, 1.0, 1.05, 1.1, 1.1, 1.1, 1.1, 1.1,
                1.1, 1.1, 1.1, 1.1, 1.05, 1.0, 1.0, 0.95, 0.95, 0.9, 0.9, 0.9}));

        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double hill = 36 * Math.exp(-(Math.pow(x - size * 0.7, 2) + Math.pow(y - size * 0.3, 2)) / (size * size * 0.05));
                double elevation = 40 + 0.15 * (x + y) + hill + random.nextGaussian() * 0.8;
                int pattern = x > size * 0.6 && y > size * 0.6 ? 1 : (x < size * 0.15 && y > size * 0.8 ? 2 : 0);
                double demand = (0.05 + random.nextDouble() * 0.35) / 1000 * (pattern == 2 ? 4 : 1);
                net.add(new Network.Node(id(x, y), Network.NodeType.JUNCTION, elevation, demand, pattern));
            }
        }
        Network.Node worksA = net.add(new Network.Node("WTW-NORTH", Network.NodeType.RESERVOIR, 0, 0, -1));
        worksA.head = 119;
        Network.Node worksB = net.add(new Network.Node("WTW-EAST", Network.NodeType.RESERVOIR, 0, 0, -1));
        worksB.head = 115;
        Network.Node tower = net.add(new Network.Node("TWR-HILL", Network.NodeType.TANK, 92, 0, -1));
        tower.tankDiameter = 24;
        tower.tankLevel = 6.5;
        tower.tankMinLevel = 1.0;
        tower.tankMaxLevel = 10.0;
        tower.head = tower.elevation + tower.tankLevel;

        int pipeNo = 1;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean trunkRow = y % 10 == 0;
                boolean trunkCol = x % 10 == 0;
                if (x + 1 < size && random.nextDouble() > 0.04) {
                    double d = trunkRow ? 0.3 : pickDistribution();
                    net.connect("P" + pipeNo++, id(x, y), id(x + 1, y), 90 + random.nextDouble() * 40, d, roughness());
                }
                if (y + 1 < size && random.nextDouble() > 0.04) {
                    double d = trunkCol ? 0.3 : pickDistribution();
                    net.connect("P" + pipeNo++, id(x, y), id(x, y + 1), 90 + random.nextDouble() * 40, d, roughness());
                }
            }
        }
        // Spine mains guarantee every row is fed even where local pipes are missing.
        for (int y = 0; y + 1 < size; y++) {
            net.connect("P" + pipeNo++, id(0, y), id(0, y + 1), 110, 0.25, 120);
        }
        net.connect("M1", "WTW-NORTH", id(0, 0), 800, 0.6, 130);
        net.connect("M2", "WTW-EAST", id(size - 1, size / 2), 1200, 0.5, 130);
        net.connect("M3", "TWR-HILL", id((int) (size * 0.7), (int) (size * 0.3)), 300, 0.4, 125);
        net.connect("M4", "WTW-NORTH", id(size / 2, 0), 1500, 0.45, 130);
        return net;
    }

    private double pickDistribution() {
        double r = random.nextDouble();
        return r < 0.5 ? 0.15 : r < 0.85 ? 0.2 : 0.25;
    }

    private double roughness() {
        return 90 + random.nextInt(5) * 10;
    }

    private static double[] pattern(double[] values) {
        return values;
    }

    static String id(int x, int y) {
        return "J" + x + "-" + y;
    }
}
