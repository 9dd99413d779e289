import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A bespoke garment order as received from the front desk. */
public class GarmentOrder {
    private final String orderNo;
    private final String customerLogin;
    private final String password;
    private final String garmentType;
    private final String cloth;
    private final BigDecimal clothPricePerMetre;
    private final double clothWidthCm;
    private final Measurements measurements;
    private final List<String> extras;
    private final Locale customerLocale;
    private final LocalDate promised;
    private final boolean viaPortal;
    private String status;

    public GarmentOrder(String orderNo, String customerLogin, String password, String garmentType, String cloth,
                        BigDecimal clothPricePerMetre, double clothWidthCm, Measurements measurements,
                        List<String> extras, Locale customerLocale, LocalDate promised, boolean viaPortal) {
        this.orderNo = orderNo;
        this.customerLogin = customerLogin;
        this.password = password;
        this.garmentType = garmentType;
        this.cloth = cloth;
        this.clothPricePerMetre = clothPricePerMetre;
        this.clothWidthCm = clothWidthCm;
        this.measurements = measurements;
        this.extras = extras;
        this.customerLocale = customerLocale;
        this.promised = promised;
        this.viaPortal = viaPortal;
        this.status = "RECEIVED";
    }

    public String getOrderNo() { return orderNo; }
    public String getCustomerLogin() { return customerLogin; }
    public String getPassword() { return password; }
    public String getGarmentType() { return garmentType; }
    public String getCloth() { return cloth; }
    public BigDecimal getClothPricePerMetre() { return clothPricePerMetre; }
    public double getClothWidthCm() { return clothWidthCm; }
    public Measurements getMeasurements() { return measurements; }
    public List<String> getExtras() { return extras; }
    public Locale getCustomerLocale() { return customerLocale; }
    public LocalDate getPromised() { return promised; }
    public boolean isViaPortal() { return viaPortal; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
