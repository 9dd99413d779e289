public final class Reservation {
    final long id;
    final Trip trip;
    final int from;
    final int to;
    final int[] seats;
    final long fareCents;
    final String leadPassenger;
    boolean cancelled;

    Reservation(long id, Trip trip, int from, int to, int[] seats, long fareCents, String leadPassenger) {
        this.id = id;
        this.trip = trip;
        this.from = from;
        this.to = to;
        this.seats = seats;
        this.fareCents = fareCents;
        this.leadPassenger = leadPassenger;
    }
}
