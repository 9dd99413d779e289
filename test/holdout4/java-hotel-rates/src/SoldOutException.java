import java.time.LocalDate;

public class SoldOutException extends Exception {
    final String roomType;
    final LocalDate night;

    public SoldOutException(String roomType, LocalDate night) {
        super("no " + roomType + " room left for the night of " + night);
        this.roomType = roomType;
        this.night = night;
    }
}
