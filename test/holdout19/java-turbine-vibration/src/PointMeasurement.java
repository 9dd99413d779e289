package vibration;

/** What the survey found at one measurement point. */
record PointMeasurement(MeasurementPoint point, double nominalMeshHz, double speedDeviationPct, double[] ordersDb) {

    static PointMeasurement noReading(MeasurementPoint point) {
        return new PointMeasurement(point, Double.NaN, Double.NaN, new double[0]);
    }

    boolean measured() {
        return !Double.isNaN(speedDeviationPct);
    }
}
