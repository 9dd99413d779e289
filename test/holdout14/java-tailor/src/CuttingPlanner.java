import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Drafts the pattern pieces for a garment from the customer's measurements and
 * lays them out on the cloth with a skyline packing heuristic to estimate the
 * length of cloth to cut.
 */
public class CuttingPlanner {
    private static final double SEAM = 1.5;
    private static final double GRID = 3.0;

    List<PatternPiece> draft(String garmentType, Measurements m) {
        List<PatternPiece> pieces = new ArrayList<>();
        double ease = "stooped".equals(m.getPosture()) ? 4 : 2;
        switch (garmentType) {
            case "jacket":
            case "overcoat": {
                double len = "overcoat".equals(garmentType) ? 110 : 76;
                pieces.add(new PatternPiece("front-L", m.getChest() / 4 + ease + SEAM * 2, len + SEAM * 2, true));
                pieces.add(new PatternPiece("front-R", m.getChest() / 4 + ease + SEAM * 2, len + SEAM * 2, true));
                pieces.add(new PatternPiece("back-L", m.getChest() / 4 + SEAM * 2, len + 2 + SEAM * 2, true));
                pieces.add(new PatternPiece("back-R", m.getChest() / 4 + SEAM * 2, len + 2 + SEAM * 2, true));
                pieces.add(new PatternPiece("sleeve-top-L", m.getChest() / 6 + 6, m.getSleeve() + SEAM * 2, true));
                pieces.add(new PatternPiece("sleeve-top-R", m.getChest() / 6 + 6, m.getSleeve() + SEAM * 2, true));
                pieces.add(new PatternPiece("sleeve-under-L", m.getChest() / 8 + 4, m.getSleeve() - 4, true));
                pieces.add(new PatternPiece("sleeve-under-R", m.getChest() / 8 + 4, m.getSleeve() - 4, true));
                pieces.add(new PatternPiece("collar", m.getNeck() + 6, 12, false));
                pieces.add(new PatternPiece("lapel-facing-L", 12, len * 0.7, true));
                pieces.add(new PatternPiece("lapel-facing-R", 12, len * 0.7, true));
                for (int p = 0; p < 4; p++) {
                    pieces.add(new PatternPiece("pocket-" + p, 18, 8, false));
                }
                break;
            }
            case "trousers": {
                pieces.add(new PatternPiece("front-L", m.getHip() / 4 + ease + 3, m.getInseam() + 30, true));
                pieces.add(new PatternPiece("front-R", m.getHip() / 4 + ease + 3, m.getInseam() + 30, true));
                pieces.add(new PatternPiece("back-L", m.getHip() / 4 + ease + 7, m.getInseam() + 33, true));
                pieces.add(new PatternPiece("back-R", m.getHip() / 4 + ease + 7, m.getInseam() + 33, true));
                pieces.add(new PatternPiece("waistband", m.getWaist() / 2 + 8, 10, false));
                pieces.add(new PatternPiece("waistband-2", m.getWaist() / 2 + 8, 10, false));
                pieces.add(new PatternPiece("fly", 8, 22, true));
                break;
            }
            default: { // waistcoat
                pieces.add(new PatternPiece("front-L", m.getChest() / 4 + ease + 3, 62, true));
                pieces.add(new PatternPiece("front-R", m.getChest() / 4 + ease + 3, 62, true));
                pieces.add(new PatternPiece("back", m.getChest() / 2 + 4, 58, true));
                pieces.add(new PatternPiece("welt-L", 14, 4, false));
                pieces.add(new PatternPiece("welt-R", 14, 4, false));
            }
        }
        return pieces;
    }

    /**
     * Returns the cloth length in cm needed to cut all pieces from a bolt of
     * the given width, trying several piece orderings and rotations.
     */
    double layoutLength(List<PatternPiece> pieces, double clothWidth) {
        double best = Double.MAX_VALUE;
        List<Comparator<PatternPiece>> orders = List.of(
                Comparator.comparingDouble((PatternPiece p) -> p.height).reversed(),
                Comparator.comparingDouble(PatternPiece::area).reversed(),
                Comparator.comparingDouble((PatternPiece p) -> p.width).reversed(),
                Comparator.comparingDouble((PatternPiece p) -> p.width + p.height).reversed());
        for (Comparator<PatternPiece> order : orders) {
            List<PatternPiece> sorted = new ArrayList<>(pieces);
            sorted.sort(order);
            for (int variant = 0; variant < 4; variant++) {
                best = Math.min(best, skyline(sorted, clothWidth, variant));
            }
        }
        return best;
    }

    /** Skyline packing on a 3 cm grid across the cloth width. */
    private double skyline(List<PatternPiece> pieces, double clothWidth, int variant) {
        int cols = (int) Math.ceil(clothWidth / GRID);
        double[] sky = new double[cols];
        int idx = 0;
        for (PatternPiece p : pieces) {
            boolean rotate = !p.grainLocked && ((variant >> (idx++ % 5)) & 1) == 1;
            int w = (int) Math.ceil((rotate ? p.height : p.width) / GRID);
            double h = rotate ? p.width : p.height;
            if (w > cols) {
                w = cols;
            }
            int bestX = 0;
            double bestY = Double.MAX_VALUE;
            for (int x = 0; x + w <= cols; x++) {
                double y = 0;
                for (int k = x; k < x + w; k++) {
                    if (sky[k] > y) {
                        y = sky[k];
                    }
                }
                if (y < bestY) {
                    bestY = y;
                    bestX = x;
                }
            }
            for (int k = bestX; k < bestX + w; k++) {
                sky[k] = bestY + h;
            }
        }
        double len = 0;
        for (double s : sky) {
            len = Math.max(len, s);
        }
        return len;
    }
}
