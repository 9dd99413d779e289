package org.herbaria.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Replays partner herbaria's digitisation exports as specimen batches. */
public final class SpecimenSource {
    private static final String[] INSTITUTIONS = {"G", "Z", "ZT", "BERN", "LAU", "NEU", "BAS"};
    private static final String[] COLLECTORS = {
        "Thomas, E.", "Schinz, H.", "Chodat, R.", "Becherer, A.", "Wilczek, E.", "Jaccard, P.",
        "Braun-Blanquet, J.", "Hess, H.E.", "Landolt, E.", "Aeschimann, D.", "Moser, D.M.", "Käsermann, C."
    };
    private static final String[] MISSPELL_SUFFIX = {"", "", "", "", "", "", "e", "ii"};

    private final SplittableRandom rnd;
    private final List<String> names;
    private final List<String> synonyms;
    private final Gazetteer gazetteer;
    private int serial;

    public SpecimenSource(long seed, TaxonChecklist checklist, Gazetteer gazetteer) {
        this.rnd = new SplittableRandom(seed);
        this.names = checklist.acceptedNames();
        this.synonyms = checklist.synonyms();
        this.gazetteer = gazetteer;
    }

    public List<Specimen> nextBatch(int size) {
        List<Specimen> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String inst = INSTITUTIONS[rnd.nextInt(INSTITUTIONS.length)];
            String name;
            int roll = rnd.nextInt(10);
            if (roll < 7) {
                name = names.get(rnd.nextInt(names.size()));
            } else if (roll < 9) {
                name = synonyms.get(rnd.nextInt(synonyms.size()));
            } else {
                name = names.get(rnd.nextInt(names.size())) + MISSPELL_SUFFIX[rnd.nextInt(MISSPELL_SUFFIX.length)];
            }
            Gazetteer.Place place = gazetteer.place(rnd.nextInt(gazetteer.size()));
            double lat = place.lat() + rnd.nextDouble(-0.02, 0.02);
            double lon = place.lon() + rnd.nextDouble(-0.02, 0.02);
            if (rnd.nextInt(40) == 0) {
                double t = lat; lat = lon; lon = t; // transposed on the sheet
            }
            int year = 1850 + rnd.nextInt(170);
            String date = year + "-" + pad2(1 + rnd.nextInt(12)) + "-" + pad2(1 + rnd.nextInt(28));
            String collector = COLLECTORS[rnd.nextInt(COLLECTORS.length)];
            String number = Integer.toString(100 + rnd.nextInt(4000));
            serial++;
            batch.add(new Specimen(inst, inst + "-" + (1000000 + serial), name, collector, number, date,
                    place.country(), place.name(), lat, lon, place.elevation() + rnd.nextInt(-80, 80)));
        }
        return batch;
    }

    private static String pad2(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
