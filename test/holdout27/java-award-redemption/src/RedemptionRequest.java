import java.time.LocalDate;

public class RedemptionRequest {
    final String requestId;
    final String memberNumber;
    final String origin;
    final String destination;
    final LocalDate travelDate;
    final AwardChart.Cabin cabin;
    final int passengers;
    final String channel;
    final String languageTag;

    RedemptionRequest(String requestId, String memberNumber, String origin, String destination, LocalDate travelDate,
                      AwardChart.Cabin cabin, int passengers, String channel, String languageTag) {
        this.requestId = requestId;
        this.memberNumber = memberNumber;
        this.origin = origin;
        this.destination = destination;
        this.travelDate = travelDate;
        this.cabin = cabin;
        this.passengers = passengers;
        this.channel = channel;
        this.languageTag = languageTag;
    }
}
