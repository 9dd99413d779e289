package vibration;

/**
 * Gearbox layout: the gear stages that are measured (with tooth counts of the
 * driving gear and the speed ratio up to that stage) and the typical level of
 * the mesh harmonics for a healthy box.
 */
enum Drivetrain {
    THREE_STAGE(new String[]{"planetary", "intermediate", "high-speed"}, new int[]{101, 88, 23}, new double[]{1.0, 5.3, 26.4},
            new double[]{1, 0.45, 0.25, 0.15, 0.10, 0.06, 0.04, 0.03}),
    TWO_STAGE(new String[]{"planetary", "high-speed"}, new int[]{97, 29}, new double[]{1.0, 19.4},
            new double[]{1, 0.50, 0.30, 0.18, 0.11, 0.07, 0.05, 0.03}),
    MEDIUM_SPEED(new String[]{"first planetary", "second planetary"}, new int[]{85, 41}, new double[]{1.0, 4.8},
            new double[]{1, 0.38, 0.20, 0.12, 0.07, 0.05, 0.03, 0.02});

    final String[] stages;
    final int[] teeth;
    final double[] stageRatio;
    final double[] meshHarmonics;

    Drivetrain(String[] stages, int[] teeth, double[] stageRatio, double[] meshHarmonics) {
        this.stages = stages;
        this.teeth = teeth;
        this.stageRatio = stageRatio;
        this.meshHarmonics = meshHarmonics;
    }

    static Drivetrain fromRegister(String text) {
        return switch (text) {
            case "three-stage" -> THREE_STAGE;
            case "two-stage" -> TWO_STAGE;
            case "medium-speed" -> MEDIUM_SPEED;
            default -> throw new IllegalArgumentException("unknown drivetrain " + text);
        };
    }
}
