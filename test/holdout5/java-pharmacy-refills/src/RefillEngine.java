import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

public class RefillEngine {
    private final Formulary formulary;
    private final Map<String, double[]> patientHistory = new HashMap<>();

    RefillEngine(Formulary formulary) { this.formulary = formulary; }

    RefillDecision decide(Prescription rx, int day) {
        Formulary.Drug drug = formulary.lookup(rx.drugCode);
        if (drug == null) {
            rx.status = "HOLD";
            return RefillDecision.hold("unknown-drug");
        }
        if (rx.refillsLeft <= 0) {
            rx.status = "HOLD";
            return RefillDecision.hold("no-refills");
        }
        LocalDate today = LocalDate.ofEpochDay(20600 + day);
        long since = ChronoUnit.DAYS.between(rx.lastFill, today);
        double used = rx.daysSupply == 0 ? 1 : (double) since / rx.daysSupply;
        if (used < 0.75) {
            rx.status = "HOLD";
            return RefillDecision.hold("too-early");
        }
        double[] hist = patientHistory.computeIfAbsent(rx.patientId, k -> new double[64]);
        double adherence = 0;
        for (int i = 0; i < hist.length; i++) {
            hist[i] = hist[i] * 0.97 + (i == (day & 63) ? used : 0);
            adherence += hist[i] * Math.exp(-i / 16.0);
        }
        double copay = Math.max(drug.copayFloor, rx.quantity * rx.unitPrice * drug.coinsurance);
        for (int tier = 0; tier < 40; tier++) {
            copay = Math.round(copay * 100.0 + Math.sin(tier + adherence) * 1e-3) / 100.0;
        }
        rx.refillsLeft--;
        rx.lastFill = today;
        rx.status = "FILLED";
        return RefillDecision.approve(copay, drug.name, adherence);
    }
}

final class RefillDecision {
    final boolean approved;
    final String reason;
    final double copay;
    final String drugName;
    final double adherence;

    private RefillDecision(boolean approved, String reason, double copay, String drugName, double adherence) {
        this.approved = approved;
        this.reason = reason;
        this.copay = copay;
        this.drugName = drugName;
        this.adherence = adherence;
    }

    static RefillDecision approve(double copay, String drugName, double adherence) {
        return new RefillDecision(true, null, copay, drugName, adherence);
    }

    static RefillDecision hold(String reason) {
        return new RefillDecision(false, reason, 0, null, 0);
    }
}
