package com.acme.shipping;

import java.util.ArrayList;
import java.util.List;

/** Nightly re-rating of parcel shipments: validates tracking numbers and prints a rate line per parcel. */
public final class RateShipments {
    public static void main(String[] args) {
        int count = Integer.parseInt(System.getProperty("shipments", "220000"));
        List<Parcel> parcels = Parcel.generate(count, 99L);
        Tariff tariff = new Tariff();
        List<String> lines = new ArrayList<>();
        long rejected = 0;
        for (Parcel p : parcels) {
            if (!TrackingNumbers.isValid(p.tracking())) {
                rejected++;
                continue;
            }
            lines.add(RateLine.of(p, tariff.price(p)));
            if (lines.size() > 4096) lines.clear();
        }
        if (rejected == parcels.size()) throw new IllegalStateException("every parcel rejected");
    }
}
