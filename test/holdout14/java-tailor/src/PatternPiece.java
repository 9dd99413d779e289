/** A rectangular bounding box of a pattern piece to be laid on the cloth. */
public class PatternPiece {
    final String name;
    final double width;
    final double height;
    final boolean grainLocked;

    PatternPiece(String name, double width, double height, boolean grainLocked) {
        this.name = name;
        this.width = width;
        this.height = height;
        this.grainLocked = grainLocked;
    }

    double area() { return width * height; }

    public String getName() { return name; }
    public double getWidth() { return width; }
    public double getHeight() { return height; }
    public boolean isGrainLocked() { return grainLocked; }
}
