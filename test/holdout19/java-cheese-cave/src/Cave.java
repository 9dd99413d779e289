package affinage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The cave: bays with their own climate, kept by the cellar's air handling. */
final class Cave {

    static final class Bay {
        final int number;
        final double setTempC;
        final double setRh;
        double tempC;
        double rh;
        int wheels;

        Bay(int number, double setTempC, double setRh) {
            this.number = number;
            this.setTempC = setTempC;
            this.setRh = setRh;
            this.tempC = setTempC;
            this.rh = setRh;
        }
    }

    private final List<Bay> bays = new ArrayList<>();

    static Cave standard(Random random) {
        Cave cave = new Cave();
        double[][] setpoints = {{12.5, 0.94}, {13.0, 0.93}, {13.5, 0.92}, {14.0, 0.95}, {12.0, 0.96}, {15.0, 0.90}, {14.5, 0.91}, {13.0, 0.95}};
        for (int i = 0; i < setpoints.length; i++) {
            cave.bays.add(new Bay(i + 1, setpoints[i][0], setpoints[i][1]));
        }
        return cave;
    }

    Bay bay(int number) {
        return bays.get(number - 1);
    }

    List<Bay> bays() {
        return bays;
    }

    int leastLoadedBay() {
        Bay best = bays.get(0);
        for (Bay b : bays) {
            if (b.wheels < best.wheels) best = b;
        }
        best.wheels++;
        return best.number;
    }

    void move(int from, int to) {
        bay(from).wheels--;
        bay(to).wheels++;
    }

    /** Daily climate drift: the air handler pulls each bay back to setpoint. */
    void updateClimate(int day, Random random) {
        double outside = 8 + 10 * Math.sin(2 * Math.PI * (day + 60) / 365.0);
        for (Bay b : bays) {
            double load = b.wheels / 900.0;
            b.tempC += 0.35 * (b.setTempC - b.tempC) + 0.02 * (outside - b.tempC) + 0.15 * load + random.nextGaussian() * 0.12;
            b.rh += 0.4 * (b.setRh - b.rh) + random.nextGaussian() * 0.006;
            b.rh = Math.min(0.99, Math.max(0.8, b.rh));
        }
    }
}
