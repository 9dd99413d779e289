package moulding;

/** A moulding press with the mould currently mounted and its set-up sheet. */
record Press(String id, String mouldId, String resin, int cavities, double cycleTimeS, double injectionTimeS,
             double cushionMm, double peakPressureBar, double holdPressureBar, double meltTempC,
             double mouldTempC, double partWeightG, double clampForceKn) {
}
