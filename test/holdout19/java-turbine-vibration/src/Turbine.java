package vibration;

/** One turbine and its measurement points: every gear stage in every wind-speed bin. */
final class Turbine {
    static final double[] SPEED_BINS = {0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.88, 0.91, 0.94, 0.97, 1.00, 1.02, 1.04};

    final String site;
    final String id;
    final String model;
    final double ratedRpm;
    final double gearRatio;
    final Drivetrain drivetrain;
    final double stiffness;
    private final MeasurementPoint[] points;

    Turbine(String site, String id, String model, double ratedRpm, double gearRatio, Drivetrain drivetrain, double stiffness) {
        this.site = site;
        this.id = id;
        this.model = model;
        this.ratedRpm = ratedRpm;
        this.gearRatio = gearRatio;
        this.drivetrain = drivetrain;
        this.stiffness = stiffness;
        int stages = drivetrain.stages.length;
        this.points = new MeasurementPoint[stages * SPEED_BINS.length];
        int k = 0;
        for (int s = 0; s < stages; s++) {
            for (int b = 0; b < SPEED_BINS.length; b++) {
                points[k++] = new MeasurementPoint(this, k, s, b);
            }
        }
    }

    int pointCount() {
        return points.length;
    }

    MeasurementPoint point(int i) {
        return points[i];
    }

    String title() {
        return id + " (" + site + ", " + model + ")";
    }
}
