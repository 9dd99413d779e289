package org.herbaria.reconcile;

import java.util.List;

/** Maps each specimen's verbatim determination onto the checklist. */
public final class NameReconciler {
    private final TaxonChecklist checklist;
    private int accepted;
    private int synonyms;
    private int unresolved;

    public NameReconciler(TaxonChecklist checklist) {
        this.checklist = checklist;
    }

    public void reconcile(List<Specimen> batch) {
        for (Specimen s : batch) {
            String name = s.getVerbatimName();
            if (checklist.isAccepted(name)) {
                s.acceptAs(name, checklist.familyOf(name), "accepted");
                accepted++;
                continue;
            }
            String target = checklist.synonymTarget(name);
            if (target != null) {
                s.acceptAs(target, checklist.familyOf(target), "synonym");
                synonyms++;
            } else {
                unresolved++;
            }
        }
    }

    public String summary() {
        return "accepted=" + accepted + " synonyms=" + synonyms + " unresolved=" + unresolved;
    }
}
