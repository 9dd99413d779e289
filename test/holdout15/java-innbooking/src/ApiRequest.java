package innbooking;

/** One call to the guest portal API, with its Basic credentials. */
public record ApiRequest(String kind, String username, String password, String property, Room.Type roomType,
                         int adults, int children, int fromDay, int nights, boolean breakfast, int shiftDays) {
}
