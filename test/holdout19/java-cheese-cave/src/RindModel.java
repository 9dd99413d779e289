package affinage;

/** Where a rind settles under given care and climate: the cave master's rule of thumb. */
final class RindModel {
    private RindModel() {}

    /**
     * @param care fraction of the planned turns actually done (0..1)
     * @param climateError distance of the bay climate from the stage target
     * @param susceptibility wheel-specific sensitivity to climate error
     */
    static double target(double care, double climateError, double susceptibility) {
        double t = 10 * care - 3 * climateError * susceptibility;
        return Math.max(0, Math.min(10, t));
    }
}
