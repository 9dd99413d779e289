package moulding;

/** One machine cycle of an injection moulding press, as exported by the press controller. */
public class Shot {
    long shotNo;
    String timestamp;
    String pressId;
    String mouldId;
    int cavities;
    double cycleTimeS;
    double injectionTimeS;
    double plasticisingTimeS;
    double cushionMm;
    double peakInjectionPressureBar;
    double holdPressureBar;
    double meltTempC;
    double mouldTempC;
    double nozzleTempC;
    double screwRpm;
    double partWeightG;
    double clampForceKn;
    double switchoverPositionMm;
    double switchoverPressureBar;
    double backPressureBar;
    double hotRunnerTempC;
    double coolingTimeS;
    double dosingStrokeMm;
    int alarmCode;

    // Derived after import.
    long epochSecond;
    String materialLot;

    public long getShotNo() { return shotNo; }
    public String getPressId() { return pressId; }
    public String getMouldId() { return mouldId; }
    public long getEpochSecond() { return epochSecond; }
    public String getMaterialLot() { return materialLot; }
    public int getAlarmCode() { return alarmCode; }
}
