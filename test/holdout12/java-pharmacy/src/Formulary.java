import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A dispensable product as listed in the pharmacy's formulary. */
record Drug(String ndc, String name, String strength, String form, String drugClass,
            double unitCost, int tier, double maxDailyUnits) {
}

/** Formulary with the interaction table used by the screening step. */
final class Formulary {
    enum Severity { MINOR, MODERATE, MAJOR }

    private static final String[][] PRODUCTS = {
        {"Atorvastatin", "20 mg", "tablet", "statin"},
        {"Rosuvastatin", "10 mg", "tablet", "statin"},
        {"Simvastatin", "40 mg", "tablet", "statin"},
        {"Metformin", "500 mg", "tablet", "biguanide"},
        {"Glipizide", "5 mg", "tablet", "sulfonylurea"},
        {"Lisinopril", "10 mg", "tablet", "ace-inhibitor"},
        {"Enalapril", "5 mg", "tablet", "ace-inhibitor"},
        {"Losartan", "50 mg", "tablet", "arb"},
        {"Amlodipine", "5 mg", "tablet", "ccb"},
        {"Metoprolol", "25 mg", "tablet", "beta-blocker"},
        {"Carvedilol", "12.5 mg", "tablet", "beta-blocker"},
        {"Warfarin", "5 mg", "tablet", "anticoagulant"},
        {"Apixaban", "5 mg", "tablet", "anticoagulant"},
        {"Clopidogrel", "75 mg", "tablet", "antiplatelet"},
        {"Levothyroxine", "50 mcg", "tablet", "thyroid"},
        {"Omeprazole", "20 mg", "capsule", "ppi"},
        {"Pantoprazole", "40 mg", "tablet", "ppi"},
        {"Sertraline", "50 mg", "tablet", "ssri"},
        {"Escitalopram", "10 mg", "tablet", "ssri"},
        {"Fluoxetine", "20 mg", "capsule", "ssri"},
        {"Tramadol", "50 mg", "tablet", "opioid"},
        {"Oxycodone", "5 mg", "tablet", "opioid"},
        {"Gabapentin", "300 mg", "capsule", "gabapentinoid"},
        {"Prednisone", "10 mg", "tablet", "corticosteroid"},
        {"Ibuprofen", "600 mg", "tablet", "nsaid"},
        {"Naproxen", "500 mg", "tablet", "nsaid"},
        {"Furosemide", "40 mg", "tablet", "loop-diuretic"},
        {"Hydrochlorothiazide", "25 mg", "tablet", "thiazide"},
        {"Spironolactone", "25 mg", "tablet", "k-sparing"},
        {"Montelukast", "10 mg", "tablet", "leukotriene"},
        {"Alendronate", "70 mg", "tablet", "bisphosphonate"},
        {"Tamsulosin", "0.4 mg", "capsule", "alpha-blocker"},
    };

    private static final String[][] CLASS_INTERACTIONS = {
        {"anticoagulant", "nsaid", "MAJOR"},
        {"anticoagulant", "antiplatelet", "MAJOR"},
        {"anticoagulant", "ssri", "MODERATE"},
        {"opioid", "gabapentinoid", "MAJOR"},
        {"opioid", "ssri", "MODERATE"},
        {"ace-inhibitor", "k-sparing", "MAJOR"},
        {"arb", "k-sparing", "MAJOR"},
        {"ace-inhibitor", "arb", "MODERATE"},
        {"nsaid", "loop-diuretic", "MODERATE"},
        {"nsaid", "ace-inhibitor", "MODERATE"},
        {"nsaid", "corticosteroid", "MODERATE"},
        {"statin", "ccb", "MINOR"},
        {"beta-blocker", "ccb", "MINOR"},
        {"sulfonylurea", "beta-blocker", "MINOR"},
        {"ppi", "antiplatelet", "MODERATE"},
        {"thiazide", "loop-diuretic", "MINOR"},
    };

    private final List<Drug> drugs = new ArrayList<>();
    private final Map<String, Drug> byNdc = new HashMap<>();
    private final Map<String, Severity> classPairs = new HashMap<>();

    Formulary(Random rnd) {
        int labeler = 60505;
        for (int i = 0; i < PRODUCTS.length; i++) {
            String[] p = PRODUCTS[i];
            for (int pack = 0; pack < 3; pack++) {
                String ndc = String.format("%05d-%04d-%02d", labeler + i * 7, 100 + i * 3 + pack, 30 * (pack + 1) % 100);
                Drug d = new Drug(ndc, p[0], p[1], p[2], p[3],
                        0.05 + rnd.nextDouble() * (p[3].equals("anticoagulant") ? 9 : 1.5),
                        1 + rnd.nextInt(3), p[2].equals("capsule") ? 4 : 3);
                drugs.add(d);
                byNdc.put(ndc, d);
            }
        }
        for (String[] ci : CLASS_INTERACTIONS) {
            Severity s = Severity.valueOf(ci[2]);
            classPairs.put(ci[0] + "|" + ci[1], s);
            classPairs.put(ci[1] + "|" + ci[0], s);
        }
    }

    List<Drug> all() { return drugs; }

    Drug byNdc(String ndc) { return byNdc.get(ndc); }

    Severity interaction(Drug a, Drug b) {
        if (a.drugClass().equals(b.drugClass())) {
            return a.name().equals(b.name()) ? null : Severity.MODERATE; // therapeutic duplication
        }
        return classPairs.get(a.drugClass() + "|" + b.drugClass());
    }
}
