package ontsync;

import java.time.Instant;

/** Domain view of one ONT after conversion and optical budget checks. */
final class OntRecord {
    final String ontId, serial, olt, ponPort, model, firmware, profile;
    final int onuIndex, vlan, downMbps, upMbps;
    final boolean adminUp, operUp;
    final String operState;
    final double rxDbm, txDbm, oltRxDbm, temperatureC, voltage, biasMa, distanceM;
    final long rentalPence, fecErrors, bip8Errors;
    final Instant lastSeen;
    final double marginDb;
    final int missingBins;
    final double rxSpreadDb;
    final Health health;

    enum Health { OK, MARGINAL, DEGRADED, LOS, OFFLINE }

    private OntRecord(OntRow r) {
        ontId = r.getOntId();
        serial = r.getSerialNumber();
        olt = r.getOltName();
        ponPort = r.getPonPort();
        model = r.getModel();
        firmware = r.getFirmware();
        profile = r.getServiceProfile();
        onuIndex = Readings.smallInt(r.getOnuIndex());
        vlan = Readings.smallInt(r.getVlan());
        downMbps = Readings.smallInt(r.getDownstreamMbps());
        upMbps = Readings.smallInt(r.getUpstreamMbps());
        adminUp = "unlocked".equals(r.getAdminState());
        operState = r.getOperState();
        operUp = "up".equals(operState);
        rxDbm = Readings.level(r.getRxPowerDbm());
        txDbm = Readings.level(r.getTxPowerDbm());
        oltRxDbm = Readings.level(r.getOltRxPowerDbm());
        temperatureC = Readings.level(r.getTemperatureC());
        voltage = Readings.level(r.getSupplyVoltage());
        biasMa = Readings.level(r.getBiasCurrentMa());
        distanceM = Readings.level(r.getDistanceM());
        rentalPence = Readings.pence(r.getMonthlyRental());
        fecErrors = Readings.counter(r.getFecErrors());
        bip8Errors = Readings.counter(r.getBip8Errors());
        lastSeen = Instant.parse(r.getLastSeen());
        marginDb = OpticalBudget.margin(rxDbm, distanceM);
        double[] bins = history(r.getRxHistory());
        int missing = 0, present = 0;
        double sum = 0, sumSq = 0;
        for (double b : bins) {
            if (Double.isNaN(b)) {
                missing++;
            } else {
                present++;
                sum += b;
                sumSq += b * b;
            }
        }
        missingBins = missing;
        rxSpreadDb = present < 2 ? 0 : Math.sqrt(Math.max(0, sumSq / present - (sum / present) * (sum / present)));
        health = OpticalBudget.classify(this);
    }

    /** Quarter-hour receive power bins; bins the ONT did not report are NaN. */
    private static double[] history(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new double[0];
        }
        double[] out = new double[32];
        int n = 0, start = 0;
        while (n < out.length) {
            int bar = raw.indexOf('|', start);
            String bin = bar < 0 ? raw.substring(start) : raw.substring(start, bar);
            out[n++] = Readings.level(bin);
            if (bar < 0) {
                break;
            }
            start = bar + 1;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    static OntRecord from(OntRow row) {
        if (row.getOntId() == null || row.getPonPort() == null || row.getLastSeen() == null) {
            return null;
        }
        return new OntRecord(row);
    }

    boolean sameAs(OntRecord o) {
        return o != null && serial.equals(o.serial) && ponPort.equals(o.ponPort) && health == o.health
                && profile.equals(o.profile) && firmware.equals(o.firmware);
    }
}
