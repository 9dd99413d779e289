import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/** A first notice of loss as captured by the call centre or the web form. */
public final class Claim implements Serializable {
    private static final long serialVersionUID = 3L;

    private final String claimId;
    private final String policyNumber;
    private final Locale locale;
    private final String lossType;
    private final LocalDate lossDate;
    private final LocalDate reportDate;
    private final double claimedAmount;
    private final int vehicleAge;
    private final int priorClaims;
    private final int repairShopId;
    private final int injuryCount;
    private final int policyTenureMonths;
    private final String description;
    private final String postalCode;

    public Claim(String claimId, String policyNumber, Locale locale, String lossType, LocalDate lossDate,
                 LocalDate reportDate, double claimedAmount, int vehicleAge, int priorClaims, int repairShopId,
                 int injuryCount, int policyTenureMonths, String description, String postalCode) {
        this.claimId = claimId;
        this.policyNumber = policyNumber;
        this.locale = locale;
        this.lossType = lossType;
        this.lossDate = lossDate;
        this.reportDate = reportDate;
        this.claimedAmount = claimedAmount;
        this.vehicleAge = vehicleAge;
        this.priorClaims = priorClaims;
        this.repairShopId = repairShopId;
        this.injuryCount = injuryCount;
        this.policyTenureMonths = policyTenureMonths;
        this.description = description;
        this.postalCode = postalCode;
    }

    public String getClaimId() { return claimId; }
    public String getPolicyNumber() { return policyNumber; }
    public Locale getLocale() { return locale; }
    public String getLossType() { return lossType; }
    public LocalDate getLossDate() { return lossDate; }
    public LocalDate getReportDate() { return reportDate; }
    public double getClaimedAmount() { return claimedAmount; }
    public int getVehicleAge() { return vehicleAge; }
    public int getPriorClaims() { return priorClaims; }
    public int getRepairShopId() { return repairShopId; }
    public int getInjuryCount() { return injuryCount; }
    public int getPolicyTenureMonths() { return policyTenureMonths; }
    public String getDescription() { return description; }
    public String getPostalCode() { return postalCode; }

    public long getReportDelayDays() {
        return reportDate.toEpochDay() - lossDate.toEpochDay();
    }

    public boolean isMotor() {
        return lossType.equals("COLLISION") || lossType.equals("GLASS") || lossType.equals("THEFT_VEHICLE");
    }
}
