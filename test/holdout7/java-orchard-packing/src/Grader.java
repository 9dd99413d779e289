enum Grade { EXTRA, CLASS_I, CLASS_II, JUICE }

public class Grader {
    private final double[] weights = {0.42, 0.25, 0.18, 0.15};

    Grade grade(FruitReading r) {
        double size = clamp((r.diameter - 60) / 25.0);
        double color = clamp(r.blush / 70.0);
        double sugar = clamp((r.brix - 10) / 6.0);
        double sound = clamp(1.0 - r.defects / 8.0);
        double score = weights[0] * sound + weights[1] * size + weights[2] * color + weights[3] * sugar;
        // firmness proxy from density: heavier fruit for its size stores better
        double volume = Math.PI / 6 * Math.pow(r.diameter / 10.0, 3);
        double density = r.grams / volume;
        score *= 0.9 + 0.1 * clamp((density - 0.7) / 0.2);
        if (r.defects > 7) return Grade.JUICE;
        if (score > 0.72) return Grade.EXTRA;
        if (score > 0.55) return Grade.CLASS_I;
        if (score > 0.35) return Grade.CLASS_II;
        return Grade.JUICE;
    }

    private static double clamp(double x) { return x < 0 ? 0 : x > 1 ? 1 : x; }
}
