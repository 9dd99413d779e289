package telematics;

/** A fault code occurrence, enriched for the workshop and warranty teams. */
public final class DiagnosticEvent {
    private final String vin;
    private final String model;
    private final long timestamp;
    private final String ecu;
    private final String faultCode;
    private final String description;
    private final String system;
    private final int severity;
    private final String campaign;
    private final double odometerKm;
    private final double coolantC;
    private final double batteryV;

    DiagnosticEvent(String vin, String model, long timestamp, String ecu, String faultCode, String description,
                    String system, int severity, String campaign, double odometerKm, double coolantC, double batteryV) {
        this.vin = vin;
        this.model = model;
        this.timestamp = timestamp;
        this.ecu = ecu;
        this.faultCode = faultCode;
        this.description = description;
        this.system = system;
        this.severity = severity;
        this.campaign = campaign;
        this.odometerKm = odometerKm;
        this.coolantC = coolantC;
        this.batteryV = batteryV;
    }

    @Masked
    public String getVin() { return vin; }
    public String getModel() { return model; }
    public long getTimestamp() { return timestamp; }
    public String getEcu() { return ecu; }
    public String getFaultCode() { return faultCode; }
    public String getDescription() { return description; }
    public String getSystem() { return system; }
    public int getSeverity() { return severity; }
    public String getCampaign() { return campaign; }
    public double getOdometerKm() { return odometerKm; }
    public double getCoolantC() { return coolantC; }
    public double getBatteryV() { return batteryV; }
}
