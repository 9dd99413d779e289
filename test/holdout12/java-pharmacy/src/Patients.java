import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An active prescription with its dispensing history. */
final class Prescription {
    final String rxNumber;
    final Drug drug;
    final int unitsPerDose;
    final int dosesPerDay;
    final int daysSupply;
    volatile int refillsLeft;
    /** Fill dates as exported by the legacy dispensing system (yyyy-MM-dd). */
    final List<String> fillDates = new ArrayList<>();

    Prescription(String rxNumber, Drug drug, int unitsPerDose, int dosesPerDay, int daysSupply, int refillsLeft) {
        this.rxNumber = rxNumber;
        this.drug = drug;
        this.unitsPerDose = unitsPerDose;
        this.dosesPerDay = dosesPerDay;
        this.daysSupply = daysSupply;
        this.refillsLeft = refillsLeft;
    }

    int quantity() { return unitsPerDose * dosesPerDay * daysSupply; }
}

/** Insurance plan parameters for cost sharing. */
record InsurancePlan(String name, double deductible, double[] tierCopay, double coinsurance, double oopMax) {
}

/** A patient registered for online refills. */
final class Patient {
    final String id;
    final String name;
    final LocalDate birthDate;
    final byte[] pinSalt;
    final byte[] pinHash;
    final InsurancePlan plan;
    final List<Prescription> prescriptions = new ArrayList<>();
    private double deductibleMet;
    private double outOfPocket;

    Patient(String id, String name, LocalDate birthDate, byte[] pinSalt, byte[] pinHash, InsurancePlan plan) {
        this.id = id;
        this.name = name;
        this.birthDate = birthDate;
        this.pinSalt = pinSalt;
        this.pinHash = pinHash;
        this.plan = plan;
    }

    Prescription rx(String rxNumber) {
        for (Prescription p : prescriptions) {
            if (p.rxNumber.equals(rxNumber)) return p;
        }
        return null;
    }

    /** Applies a claim to the accumulators and returns the patient's share. */
    synchronized double applyClaim(double allowed, int tier) {
        double share;
        double remainingDeductible = Math.max(0, plan.deductible() - deductibleMet);
        if (remainingDeductible > 0) {
            double towardsDeductible = Math.min(allowed, remainingDeductible);
            deductibleMet += towardsDeductible;
            share = towardsDeductible + (allowed - towardsDeductible) * plan.coinsurance();
        } else {
            share = Math.min(allowed, plan.tierCopay()[tier - 1] + allowed * plan.coinsurance() * 0.25);
        }
        share = Math.min(share, Math.max(0, plan.oopMax() - outOfPocket));
        outOfPocket += share;
        return share;
    }
}

/** In-memory patient registry, as loaded from the pharmacy database. */
final class PatientStore {
    private final Map<String, Patient> byId = new ConcurrentHashMap<>();

    void add(Patient p) { byId.put(p.id, p); }

    Patient get(String id) { return byId.get(id); }

    int size() { return byId.size(); }
}
