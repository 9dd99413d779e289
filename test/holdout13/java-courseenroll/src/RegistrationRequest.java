import java.util.List;

/** An incoming add/drop request from the student portal. */
public record RegistrationRequest(String studentId, String pin, List<String> sectionCodes, long submittedAtEpochSec) {}
