import java.time.LocalDate;

/** A death notice from the state vital-records office. */
public record DeathNotice(String certificateNo, String lastName, String firstName, LocalDate birthDate, LocalDate dateOfDeath) {}
