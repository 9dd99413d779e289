package vibration;

/** One gear stage of one turbine at one rotor-speed bin. */
record MeasurementPoint(Turbine turbine, int index, int stage, int speedBin) {

    /** Rotor speed reported by SCADA for this bin, rpm. */
    double scadaRotorRpm() {
        return turbine.ratedRpm * Turbine.SPEED_BINS[speedBin];
    }

    /** Gear-mesh frequency expected from the SCADA speed, Hz. */
    double nominalMeshHz() {
        Drivetrain d = turbine.drivetrain;
        return scadaRotorRpm() / 60 * d.stageRatio[stage] * d.teeth[stage];
    }

    String stageName() {
        return turbine.drivetrain.stages[stage];
    }

    String label() {
        return String.format("%s %-16s %4.1f rpm", turbine.id, stageName(), scadaRotorRpm());
    }
}
