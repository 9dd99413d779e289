package ontsync;

/** Raw ONT row exactly as the element manager sends it, populated by {@link RecordMapper}. */
public class OntRow {
    private String ontId, serialNumber, oltName, ponPort, onuIndex, model, firmware, adminState, operState;
    private String rxPowerDbm, txPowerDbm, oltRxPowerDbm, temperatureC, supplyVoltage, biasCurrentMa, distanceM;
    private String lastSeen, serviceProfile, vlan, downstreamMbps, upstreamMbps, monthlyRental, fecErrors, bip8Errors;
    private String rxHistory;

    public OntRow() {}

    public String getOntId() { return ontId; }
    public void setOntId(String v) { ontId = v; }
    public String getSerialNumber() { return serialNumber; }
    public void setSerialNumber(String v) { serialNumber = v; }
    public String getOltName() { return oltName; }
    public void setOltName(String v) { oltName = v; }
    public String getPonPort() { return ponPort; }
    public void setPonPort(String v) { ponPort = v; }
    public String getOnuIndex() { return onuIndex; }
    public void setOnuIndex(String v) { onuIndex = v; }
    public String getModel() { return model; }
    public void setModel(String v) { model = v; }
    public String getFirmware() { return firmware; }
    public void setFirmware(String v) { firmware = v; }
    public String getAdminState() { return adminState; }
    public void setAdminState(String v) { adminState = v; }
    public String getOperState() { return operState; }
    public void setOperState(String v) { operState = v; }
    public String getRxPowerDbm() { return rxPowerDbm; }
    public void setRxPowerDbm(String v) { rxPowerDbm = v; }
    public String getTxPowerDbm() { return txPowerDbm; }
    public void setTxPowerDbm(String v) { txPowerDbm = v; }
    public String getOltRxPowerDbm() { return oltRxPowerDbm; }
    public void setOltRxPowerDbm(String v) { oltRxPowerDbm = v; }
    public String getTemperatureC() { return temperatureC; }
    public void setTemperatureC(String v) { temperatureC = v; }
    public String getSupplyVoltage() { return supplyVoltage; }
    public void setSupplyVoltage(String v) { supplyVoltage = v; }
    public String getBiasCurrentMa() { return biasCurrentMa; }
    public void setBiasCurrentMa(String v) { biasCurrentMa = v; }
    public String getDistanceM() { return distanceM; }
    public void setDistanceM(String v) { distanceM = v; }
    public String getLastSeen() { return lastSeen; }
    public void setLastSeen(String v) { lastSeen = v; }
    public String getServiceProfile() { return serviceProfile; }
    public void setServiceProfile(String v) { serviceProfile = v; }
    public String getVlan() { return vlan; }
    public void setVlan(String v) { vlan = v; }
    public String getDownstreamMbps() { return downstreamMbps; }
    public void setDownstreamMbps(String v) { downstreamMbps = v; }
    public String getUpstreamMbps() { return upstreamMbps; }
    public void setUpstreamMbps(String v) { upstreamMbps = v; }
    public String getMonthlyRental() { return monthlyRental; }
    public void setMonthlyRental(String v) { monthlyRental = v; }
    public String getFecErrors() { return fecErrors; }
    public void setFecErrors(String v) { fecErrors = v; }
    public String getBip8Errors() { return bip8Errors; }
    public void setBip8Errors(String v) { bip8Errors = v; }
    public String getRxHistory() { return rxHistory; }
    public void setRxHistory(String v) { rxHistory = v; }
}
