import java.time.LocalDate;

/** Bean exported to the payroll provider; column order follows the @Column index. */
public final class Payslip {
    private final String employeeId;
    private final String costCentre;
    private final String country;
    private final LocalDate workDate;
    private final double hoursWorked;
    private final double grossPay;
    private final double employerCost;

    Payslip(String employeeId, String costCentre, String country, LocalDate workDate,
            double hoursWorked, double grossPay, double employerCost) {
        this.employeeId = employeeId;
        this.costCentre = costCentre;
        this.country = country;
        this.workDate = workDate;
        this.hoursWorked = hoursWorked;
        this.grossPay = grossPay;
        this.employerCost = employerCost;
    }

    @Column(index = 0) public String getEmployeeId() { return employeeId; }
    @Column(index = 1) public String getCostCentre() { return costCentre; }
    @Column(index = 2) public String getCountry() { return country; }
    @Column(index = 3) public LocalDate getWorkDate() { return workDate; }
    @Column(index = 4) public double getHoursWorked() { return hoursWorked; }
    @Column(index = 5) public double getGrossPay() { return grossPay; }
    public double getEmployerCost() { return employerCost; }
}
