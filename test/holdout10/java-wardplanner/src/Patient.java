import java.time.LocalDateTime;

/** An admitted (or waiting) patient. */
public class Patient {
    final String mrn;
    final int age;
    final String specialty;
    final int acuity;          // 1 (low) .. 5 (critical)
    final boolean isolation;   // needs a side room
    final LocalDateTime arrived;
    final double expectedLosDays;
    LocalDateTime admitted;
    LocalDateTime expectedDischarge;
    String bedId;
    int news;                  // national early warning score
    String escalation = "ROUTINE";
    int wardMoves;

    Patient(String mrn, int age, String specialty, int acuity, boolean isolation, LocalDateTime arrived, double expectedLosDays) {
        this.mrn = mrn;
        this.age = age;
        this.specialty = specialty;
        this.acuity = acuity;
        this.isolation = isolation;
        this.arrived = arrived;
        this.expectedLosDays = expectedLosDays;
    }
}
