import java.math.BigDecimal;
import java.time.LocalDate;

public class AwardBooking {
    final String pnr;
    final String requestId;
    final String memberNumber;
    final String flightNumber;
    final String origin;
    final String destination;
    final LocalDate departure;
    final int departureMinutes;
    final AwardChart.Cabin cabin;
    final int passengers;
    final long miles;
    final BigDecimal taxes;
    final String currency;
    final long balanceAfter;

    AwardBooking(String pnr, String requestId, String memberNumber, String flightNumber, String origin, String destination,
                 LocalDate departure, int departureMinutes, AwardChart.Cabin cabin, int passengers, long miles,
                 BigDecimal taxes, String currency, long balanceAfter) {
        this.pnr = pnr;
        this.requestId = requestId;
        this.memberNumber = memberNumber;
        this.flightNumber = flightNumber;
        this.origin = origin;
        this.destination = destination;
        this.departure = departure;
        this.departureMinutes = departureMinutes;
        this.cabin = cabin;
        this.passengers = passengers;
        this.miles = miles;
        this.taxes = taxes;
        this.currency = currency;
        this.balanceAfter = balanceAfter;
    }
}
