package org.ballastlab;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

public record Vessel(String imoNumber, String name, String flagState, int ballastCapacityM3, String treatmentSystem) {

    private static final String[] FLAGS = {"Panama", "Liberia", "Marshall Is.", "Malta", "Bahamas", "Singapore", "Greece", "Norway", "Cyprus"};
    private static final String[] SYSTEMS = {"UV", "electrochlorination", "ozonation", "filtration+UV", "none (exchange)"};
    private static final String[] NAMES = {"Nordic", "Aurora", "Pacific", "Stella", "Tern", "Meridian", "Corvus", "Halcyon", "Vega", "Orca"};

    static List<Vessel> fleet(SplittableRandom rng, int n) {
        List<Vessel> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int base = 9100000 + rng.nextInt(899999);
            out.add(new Vessel(imoWithCheckDigit(base / 10), NAMES[i % NAMES.length] + " " + (char) ('A' + i / NAMES.length % 26),
                    FLAGS[rng.nextInt(FLAGS.length)], 2000 + rng.nextInt(60000), SYSTEMS[rng.nextInt(SYSTEMS.length)]));
        }
        return out;
    }

    /** IMO numbers carry a check digit: weighted sum of the first six digits. */
    static String imoWithCheckDigit(int six) {
        int sum = 0;
        int v = six;
        for (int w = 2; w <= 7; w++) {
            sum += (v % 10) * w;
            v /= 10;
        }
        return "IMO" + six + (sum % 10);
    }
}
