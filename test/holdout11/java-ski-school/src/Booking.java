import java.time.LocalDate;

/** One pupil booked into a lesson block. */
record Booking(
    String bookingId,
    String family,
    String pupil,
    int age,
    int level,          // 1 = first time on skis .. 6 = off-piste
    String discipline,  // SKI or SNOWBOARD
    String language,
    LocalDate date,
    int slot,           // 0 = morning, 1 = afternoon
    boolean privateLesson,
    String meetingPoint,
    String voucher) {

    boolean child() {
        return age < 14;
    }
}
