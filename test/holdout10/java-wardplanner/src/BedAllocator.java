import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Chooses a ward for a patient: home specialty first, then outlier wards. */
public class BedAllocator {
    private final Site site;
    private final AuditTrail audit;
    int outliers;
    int refusals;

    BedAllocator(Site site, AuditTrail audit) {
        this.site = site;
        this.audit = audit;
    }

    /** Ranks candidate wards for the patient, best first. */
    List<Ward> candidates(Patient p) {
        List<Ward> out = new ArrayList<>(site.wards.size());
        for (Ward w : site.wards) {
            if (w.specialty.equals(p.specialty) || outlierAllowed(p, w)) {
                out.add(w);
            }
        }
        out.sort(Comparator.comparingDouble(w -> score(p, w)));
        return out;
    }

    private static boolean outlierAllowed(Patient p, Ward w) {
        if (p.acuity >= 4) {
            return false; // sick patients stay on their specialty
        }
        switch (p.specialty) {
            case "GENMED": return !w.specialty.equals("NEURO");
            case "GERI": return w.specialty.equals("GENMED") || w.specialty.equals("RESP");
            case "CARD": case "RESP": case "RENAL": return w.specialty.equals("GENMED");
            case "ORTHO": return w.specialty.equals("SURG");
            default: return false;
        }
    }

    private static double score(Patient p, Ward w) {
        double s = w.specialty.equals(p.specialty) ? 0 : 10;
        s += w.occupancy() * 4;
        if (p.age > 80 && w.floor > 1) {
            s += 1.5;
        }
        return s;
    }

    /** Tries to place the patient; returns the bed or null if the site is full for them. */
    Bed place(Patient p, LocalDateTime at) {
        for (Ward w : candidates(p)) {
            try {
                Bed b = w.reserve(p, at);
                if (!w.specialty.equals(p.specialty)) {
                    outliers++;
                }
                p.admitted = at;
                p.expectedDischarge = at.plusMinutes((long) (p.expectedLosDays * 24 * 60));
                audit.record("ADMIT", b);
                return b;
            } catch (NoBedAvailableException e) {
                refusals++;
            }
        }
        return null;
    }
}
