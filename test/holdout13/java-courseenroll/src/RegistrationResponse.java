import java.util.List;

public record RegistrationResponse(boolean accepted, List<String> messages, String confirmation) {}
