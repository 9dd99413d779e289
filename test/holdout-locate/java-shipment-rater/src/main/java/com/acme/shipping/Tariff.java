package com.acme.shipping;

import java.util.Map;

final class Tariff {
    private final Map<String, double[]> bands = Map.of(
        "DOM", new double[] {3.1, 0.42},
        "EU1", new double[] {7.9, 0.95},
        "EU2", new double[] {9.4, 1.21},
        "ROW", new double[] {14.0, 2.30});

    double price(Parcel p) {
        double[] band = bands.get(p.zone());
        double price = band[0] + band[1] * Math.ceil(p.weightKg() * 2) / 2;
        return Math.round(price * 100) / 100.0;
    }
}
