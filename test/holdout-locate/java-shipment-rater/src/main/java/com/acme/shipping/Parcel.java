package com.acme.shipping;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

record Parcel(String tracking, String zone, double weightKg) {
    static List<Parcel> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] zones = {"DOM", "EU1", "EU2", "ROW"};
        List<Parcel> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String tracking = random.nextInt(20) == 0
                ? "XX" + random.nextInt(1_000_000)
                : String.format("1Z%06d%02d%08d", random.nextInt(1_000_000), random.nextInt(100), random.nextInt(100_000_000));
            out.add(new Parcel(tracking, zones[random.nextInt(zones.length)], 0.1 + random.nextInt(3000) / 100.0));
        }
        return out;
    }
}
