import java.time.LocalDate;

/** One brew of a recipe in a particular fermenter. */
public final class Batch {
    final String batchNo;
    final Recipe recipe;
    final String fermenter;
    final LocalDate brewDay;
    final double setPointC;
    final double pitchCells;

    double og;
    double fg;
    double abv;
    double ibu;
    double srm;
    double daysToTerminal;
    double peakC;
    double dutyPayable;
    double[] gravityLog;
    byte[] signature;

    Batch(String batchNo, Recipe recipe, String fermenter, LocalDate brewDay, double setPointC, double pitchCells) {
        this.batchNo = batchNo;
        this.recipe = recipe;
        this.fermenter = fermenter;
        this.brewDay = brewDay;
        this.setPointC = setPointC;
        this.pitchCells = pitchCells;
    }
}
