package org.herbaria.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Herbaria exchange duplicates of one gathering; sheets sharing collector,
 * collector's number and date are one gathering held in several places.
 */
public final class DuplicateFinder {
    private final Map<String, List<Specimen>> gatherings = new HashMap<>();

    public void add(List<Specimen> batch) {
        for (Specimen s : batch) {
            String key = s.getRecordedBy() + '|' + s.getRecordNumber() + '|' + s.getEventDate().substring(0, 4);
            List<Specimen> sheets = gatherings.computeIfAbsent(key, k -> new ArrayList<>(2));
            sheets.add(s);
            int n = sheets.size();
            if (n > 1) {
                for (Specimen d : sheets) {
                    d.setDuplicateCount(n - 1);
                }
            }
        }
    }

    public int gatheringsWithDuplicates() {
        int n = 0;
        for (List<Specimen> sheets : gatherings.values()) {
            if (sheets.size() > 1) {
                n++;
            }
        }
        return n;
    }
}
