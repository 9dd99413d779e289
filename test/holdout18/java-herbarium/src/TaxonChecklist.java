package org.herbaria.reconcile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The regional flora checklist: accepted names, their families, and the
 * synonyms that point at them.
 */
public final class TaxonChecklist {
    private static final String[] FAMILIES = {
        "Asteraceae", "Poaceae", "Fabaceae", "Rosaceae", "Lamiaceae", "Brassicaceae", "Apiaceae",
        "Caryophyllaceae", "Ranunculaceae", "Cyperaceae", "Orchidaceae", "Boraginaceae", "Ericaceae",
        "Plantaginaceae", "Polygonaceae", "Rubiaceae", "Scrophulariaceae", "Saxifragaceae"
    };
    private static final String[] GENUS_ROOTS = {
        "Carex", "Saxi", "Ranun", "Poten", "Gent", "Camp", "Silen", "Dian", "Trifol", "Astra",
        "Hiera", "Festu", "Junc", "Epilo", "Verbas", "Vero", "Thym", "Salv", "Eric", "Rhodo",
        "Draba", "Arabi", "Cerast", "Luzu", "Pedic", "Euphra", "Galium", "Aster", "Crep", "Achil"
    };
    private static final String[] GENUS_ENDINGS = {"a", "ia", "ula", "ella", "ago", "ium", "us", "is", "anthus", "odes"};
    private static final String[] EPITHETS = {
        "alpina", "montana", "vulgaris", "officinalis", "sylvestris", "pratensis", "rupestris", "nivalis",
        "glacialis", "minor", "major", "hirsuta", "glabra", "repens", "erecta", "palustris", "aquatica",
        "lutea", "alba", "rubra", "caerulea", "tenuifolia", "latifolia", "angustifolia", "pumila",
        "elegans", "borealis", "australis", "occidentalis", "orientalis", "helvetica", "rhaetica"
    };

    private final List<String> acceptedNames = new ArrayList<>();
    private final Map<String, String> familyOf = new HashMap<>();
    private final Map<String, String> synonymOf = new HashMap<>();

    public static TaxonChecklist regionalFlora(long seed, int size) {
        SplittableRandom rnd = new SplittableRandom(seed);
        TaxonChecklist c = new TaxonChecklist();
        while (c.acceptedNames.size() < size) {
            String genus = GENUS_ROOTS[rnd.nextInt(GENUS_ROOTS.length)] + GENUS_ENDINGS[rnd.nextInt(GENUS_ENDINGS.length)];
            String name = genus + " " + EPITHETS[rnd.nextInt(EPITHETS.length)];
            if (rnd.nextInt(4) == 0) {
                name = name + " subsp. " + EPITHETS[rnd.nextInt(EPITHETS.length)];
            }
            if (c.familyOf.containsKey(name)) {
                continue;
            }
            c.acceptedNames.add(name);
            c.familyOf.put(name, FAMILIES[Math.floorMod(genus.hashCode(), FAMILIES.length)]);
        }
        Collections.sort(c.acceptedNames);
        for (int i = 0; i < size / 3; i++) {
            String target = c.acceptedNames.get(rnd.nextInt(c.acceptedNames.size()));
            String basionym = GENUS_ROOTS[rnd.nextInt(GENUS_ROOTS.length)] + "ella " + target.substring(target.indexOf(' ') + 1);
            if (!c.familyOf.containsKey(basionym)) {
                c.synonymOf.put(basionym, target);
            }
        }
        return c;
    }

    public List<String> acceptedNames() { return acceptedNames; }

    public boolean isAccepted(String name) {
        return acceptedNames.contains(name);
    }

    public String synonymTarget(String name) { return synonymOf.get(name); }

    public String familyOf(String acceptedName) { return familyOf.get(acceptedName); }

    public List<String> synonyms() { return new ArrayList<>(synonymOf.keySet()); }
}
