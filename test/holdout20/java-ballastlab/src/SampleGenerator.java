package org.ballastlab;

import java.util.List;
import java.util.SplittableRandom;

/** Simulates inspectors' sample submissions, including corrected re-submissions. */
final class SampleGenerator {
    private static final String[] PORTS = {"NLRTM", "DEHAM", "BEANR", "PLGDN", "FRLEH"};

    private final SplittableRandom rng;
    private final List<Vessel> fleet;
    private int serial;

    SampleGenerator(SplittableRandom rng, List<Vessel> fleet) {
        this.rng = rng;
        this.fleet = fleet;
    }

    Submission next(InspectorRegistry inspectors) {
        String[] ids = inspectors.ids();
        String inspectorId = ids[rng.nextInt(ids.length)];
        char[] pin = inspectors.issuedPin(inspectorId);
        if (rng.nextInt(50) == 0) {
            pin[0] = pin[0] == '9' ? '1' : (char) (pin[0] + 1); // mistyped PIN
        }
        // About a quarter of submissions correct an earlier sample.
        int id = serial > 20 && rng.nextInt(4) == 0 ? serial - 1 - rng.nextInt(20) : serial++;
        Vessel v = fleet.get(Math.floorMod(id * 31, fleet.size()));
        SplittableRandom sampleRng = new SplittableRandom(id * 7919L + 17);
        SampleRecord rec = new SampleRecord();
        rec.sampleId = "BW-" + PORTS[id % PORTS.length] + "-" + id;
        rec.imoNumber = v.imoNumber();
        rec.vesselName = v.name();
        rec.flagState = v.flagState();
        rec.treatmentSystem = v.treatmentSystem();
        rec.port = PORTS[id % PORTS.length];
        rec.sampledAtEpochMin = 28_000_000L + id * 97L;
        rec.dischargeVolumeM3 = 200 + sampleRng.nextDouble() * v.ballastCapacityM3() / 4.0;
        rec.salinityPsu = 5 + sampleRng.nextDouble() * 30;
        rec.temperatureC = 4 + sampleRng.nextDouble() * 18 + rng.nextDouble() * 0.2;
        double treatmentFactor = v.treatmentSystem().startsWith("none") ? 6.0 : 0.5;
        addAliquots(rec, sampleRng, ">=50um", 12, 1e6, 3.0 * treatmentFactor);
        addAliquots(rec, sampleRng, "10-50um", 12, 1.0, 2.5 * treatmentFactor);
        addAliquots(rec, sampleRng, "Vibrio", 4, 100, 0.2 * treatmentFactor);
        addAliquots(rec, sampleRng, "Ecoli", 4, 100, 60 * treatmentFactor);
        addAliquots(rec, sampleRng, "Enterococci", 4, 100, 30 * treatmentFactor);
        rec.notes = rng.nextInt(5) == 0 ? "sample port blocked, taken from sounding pipe" : "";
        return new Submission(inspectorId, pin, rec);
    }

    private void addAliquots(SampleRecord rec, SplittableRandom r, String sizeClass, int n, double volumeMl, double meanPerVolume) {
        for (int i = 0; i < n; i++) {
            double vol = volumeMl * (0.8 + r.nextDouble() * 0.4);
            int viable = poisson(r, meanPerVolume * vol / volumeMl * (0.5 + r.nextDouble()));
            rec.aliquots.add(new SampleRecord.Aliquot(sizeClass, vol, viable, poisson(r, viable * 0.3 + 0.5)));
        }
    }

    private static int poisson(SplittableRandom r, double mean) {
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(r)));
        }
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
