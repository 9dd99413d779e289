import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** A refill request as submitted through the patient portal or the IVR line. */
record RefillSession(String id, String patientId, String pin, String branch, List<String> rxNumbers) {
}

/** Shelf stock per branch, with the dispensing counters used for reordering. */
final class Inventory {
    private final Map<String, AtomicInteger> onHand = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> dispensedToday = new ConcurrentHashMap<>();

    static String key(String branch, String ndc) {
        return branch + "|" + ndc;
    }

    void stock(String branch, String ndc, int units) {
        onHand.computeIfAbsent(key(branch, ndc), k -> new AtomicInteger()).addAndGet(units);
    }

    boolean reserve(String branch, String ndc, int units) {
        String k = key(branch, ndc);
        AtomicInteger q = onHand.get(k);
        if (q == null) return false;
        while (true) {
            int cur = q.get();
            if (cur < units) return false;
            if (q.compareAndSet(cur, cur - units)) break;
        }
        dispensedToday.computeIfAbsent(k, x -> new LongAdder()).add(units);
        return true;
    }

    int onHand(String branch, String ndc) {
        AtomicInteger q = onHand.get(key(branch, ndc));
        return q == null ? 0 : q.get();
    }

    long dispensed(String branch, String ndc) {
        LongAdder a = dispensedToday.get(key(branch, ndc));
        return a == null ? 0 : a.sum();
    }
}

/** Processes refill sessions: authentication, eligibility, screening, claim, label. */
final class RefillProcessor {
    static final double DISPENSING_FEE = 10.50;

    record Outcome(String session, String rxNumber, String status, double patientPays, int labelLength,
                   String notice) {
        Outcome(String session, String rxNumber, String status) {
            this(session, rxNumber, status, 0, 0, null);
        }
    }

    private final PatientStore patients;
    private final Formulary formulary;
    private final Inventory inventory;
    private final PinVerifier pins = new PinVerifier();
    private final LabelPrinter labels = new LabelPrinter();
    private final RefillEligibility eligibility;
    private final LocalDate today;

    RefillProcessor(PatientStore patients, Formulary formulary, Inventory inventory, LocalDate today) {
        this.patients = patients;
        this.formulary = formulary;
        this.inventory = inventory;
        this.today = today;
        this.eligibility = new RefillEligibility(today);
    }

    List<Outcome> handle(RefillSession s) {
        List<Outcome> out = new ArrayList<>(s.rxNumbers().size());
        Patient p = patients.get(s.patientId());
        for (String rxNo : s.rxNumbers()) {
            out.add(refill(p, s, rxNo));
        }
        return out;
    }

    private Outcome refill(Patient p, RefillSession s, String rxNo) {
        if (p == null || !pins.verify(p, s.pin())) {
            return new Outcome(s.id(), rxNo, "AUTH_FAILED");
        }
        synchronized (p) {
            Prescription rx = p.rx(rxNo);
            if (rx == null) {
                return new Outcome(s.id(), rxNo, "UNKNOWN_RX");
            }
            RefillEligibility.Result e = eligibility.check(p, rx);
            if (!e.due()) {
                if (e.reason().equals("too early")) {
                    return new Outcome(s.id(), rxNo, "TOO_EARLY", 0, 0,
                            labels.tooEarlyNotice(p, rx, s.branch(), e.lastFill(), e.earliest()));
                }
                return new Outcome(s.id(), rxNo, "NO_REFILLS", 0, 0, labels.renewalNotice(p, rx, s.branch()));
            }
            List<String> alerts = screen(p, rx);
            double adherence = eligibility.overallAdherence(p);
            if (adherence < 0.5) {
                alerts.add("MINOR adherence: overall " + Math.round(adherence * 100) + "% of days covered");
            }
            boolean major = alerts.stream().anyMatch(a -> a.startsWith("MAJOR"));
            if (major && adherence < 0.6) {
                return new Outcome(s.id(), rxNo, "PHARMACIST_REVIEW");
            }
            int qty = rx.quantity();
            if (!inventory.reserve(s.branch(), rx.drug.ndc(), qty)) {
                return new Outcome(s.id(), rxNo, "BACKORDER");
            }
            double ingredient = qty * rx.drug.unitCost();
            double pays = p.applyClaim(ingredient + DISPENSING_FEE, rx.drug.tier());
            rx.refillsLeft--;
            rx.fillDates.add(today.toString());
            String label = labels.render(p, rx, s.branch(), today, alerts, ingredient, DISPENSING_FEE, pays, e.pdc());
            return new Outcome(s.id(), rxNo, "FILLED", pays, label.length(), null);
        }
    }

    /** Drug interaction and dose screening against the patient's other medications. */
    private List<String> screen(Patient p, Prescription rx) {
        List<String> alerts = new ArrayList<>();
        for (Prescription other : p.prescriptions) {
            if (other == rx) continue;
            Formulary.Severity sev = formulary.interaction(rx.drug, other.drug);
            if (sev != null) {
                alerts.add(sev + " interaction: " + rx.drug.name() + " + " + other.drug.name());
            }
        }
        double daily = rx.unitsPerDose * rx.dosesPerDay;
        if (daily > rx.drug.maxDailyUnits()) {
            alerts.add("MODERATE dose: " + daily + " units/day exceeds " + rx.drug.maxDailyUnits());
        }
        return alerts;
    }
}
