package bindery;

import java.util.List;

/** The bindery's machines, grouped into production stages. */
public final class Shop {
    public enum Stage { FOLDING, SEWING, BLOCK, CASING, PACKING }

    public record Machine(String name, Stage stage, double rate, double setupFormatH, double setupTypeH) {}

    public static final List<Machine> MACHINES = List.of(
            new Machine("Folder MBO K8", Stage.FOLDING, 9000, 0.6, 0.2),
            new Machine("Folder Stahl TH82", Stage.FOLDING, 7500, 0.7, 0.2),
            new Machine("Folder Heidelberg", Stage.FOLDING, 8200, 0.6, 0.2),
            new Machine("Sewing Ventura A", Stage.SEWING, 1400, 0.8, 0.3),
            new Machine("Sewing Ventura B", Stage.SEWING, 1400, 0.8, 0.3),
            new Machine("Sewing Aster", Stage.SEWING, 1100, 0.9, 0.3),
            new Machine("Perfect binder Alegro", Stage.BLOCK, 2400, 1.1, 0.8),
            new Machine("PUR line Vareo", Stage.BLOCK, 900, 0.7, 1.2),
            new Machine("Casemaker + Diamant", Stage.CASING, 1500, 1.5, 0.9),
            new Machine("Casing-in BF 530", Stage.CASING, 1700, 1.2, 0.9),
            new Machine("Packing line", Stage.PACKING, 3000, 0.2, 0.1));

    public static final double HOURS_PER_DAY = 16;
}
