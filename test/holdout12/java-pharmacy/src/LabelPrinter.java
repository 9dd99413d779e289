import java.time.LocalDate;
import java.util.List;

/** Renders the vial label, the receipt and the patient's medication list. */
final class LabelPrinter {
    private static final String STORE = "Larkspur Community Pharmacy";

    static String frequency(int dosesPerDay) {
        switch (dosesPerDay) {
            case 1: return "once daily";
            case 2: return "twice daily";
            case 3: return "three times daily";
            default: return dosesPerDay + " times daily";
        }
    }

    String render(Patient pt, Prescription rx, String branch, LocalDate today, List<String> alerts,
                  double ingredient, double fee, double patientPays, double pdc) {
        StringBuilder sb = new StringBuilder(1024);
        Drug d = rx.drug;
        sb.append(String.format("%-34s Rx# %s%n", STORE + " (" + branch + ")", rx.rxNumber));
        sb.append(String.format("%-26s DOB %s%n", pt.name, pt.birthDate));
        sb.append(String.format("%s %s %s%n", d.name().toUpperCase(), d.strength(), d.form()));
        sb.append(String.format("Take %d %s%s by mouth %s%n", rx.unitsPerDose, d.form(),
                rx.unitsPerDose > 1 ? "s" : "", frequency(rx.dosesPerDay)));
        sb.append(String.format("Qty: %d  Days supply: %d  Refills left: %d%n", rx.quantity(), rx.daysSupply,
                rx.refillsLeft));
        sb.append(String.format("NDC %s  Filled %s  Discard after %s%n", d.ndc(), today, today.plusYears(1)));
        for (String a : alerts) {
            sb.append(String.format("  ! %s%n", a));
        }
        sb.append(String.format("%-28s %9.2f%n", "Ingredient cost", ingredient));
        sb.append(String.format("%-28s %9.2f%n", "Dispensing fee", fee));
        sb.append(String.format("%-28s %9.2f%n", "Plan paid", ingredient + fee - patientPays));
        sb.append(String.format("%-28s %9.2f%n", "You pay", patientPays));
        sb.append(String.format("Adherence (%s, 12 months): %.1f%%%n", d.drugClass(), pdc * 100));
        sb.append("Your medication history with us:\n");
        for (Prescription p : pt.prescriptions) {
            for (String filled : p.fillDates) {
                sb.append(String.format("  %s  %-20s %-8s %-18s qty %4d%n", filled, p.drug.name(), p.drug.strength(),
                        frequency(p.dosesPerDay), p.quantity()));
            }
        }
        return sb.toString();
    }

    String tooEarlyNotice(Patient pt, Prescription rx, String branch, LocalDate last, LocalDate earliest) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(String.format("Hi %s, your %s %s (Rx# %s) was last filled on %s.%n", pt.name.split(" ")[0],
                rx.drug.name(), rx.drug.strength(), rx.rxNumber, last));
        sb.append(String.format("Your plan allows a refill from %s; we will have it ready at %s that day.%n",
                earliest, branch));
        sb.append(String.format("%d refill(s) remain on this prescription.%n", rx.refillsLeft));
        return sb.toString();
    }

    String renewalNotice(Patient pt, Prescription rx, String branch) {
        return String.format("Hi %s, Rx# %s for %s has no refills left. %s will request a renewal from your "
                + "prescriber.%n", pt.name.split(" ")[0], rx.rxNumber, rx.drug.name(), STORE + " " + branch);
    }
}
