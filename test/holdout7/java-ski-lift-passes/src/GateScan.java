import java.time.LocalDateTime;

public final class GateScan {
    final LocalDateTime at;
    final String lift;
    final String passId;
    final String passType;
    final int age;
    final int altitude;
    int loyaltyPoints;

    private GateScan(LocalDateTime at, String lift, String passId, String passType, int age, int altitude) {
        this.at = at; this.lift = lift; this.passId = passId; this.passType = passType;
        this.age = age; this.altitude = altitude;
    }

    static GateScan parse(String line) {
        String[] f = line.split(";");
        if (f.length < 7) return null;
        LocalDateTime at = LocalDateTime.parse(f[0]);
        String passId = f[2].substring(5).replaceAll("[^A-Z0-9-]", "");
        if (!passId.matches("[A-Z]{2}\\d{2}-\\d{4,5}-[A-Z]")) return null;
        int age = parseAge(f[4].substring(4));
        int alt = Integer.parseInt(f[6].substring(4));
        GateScan scan = new GateScan(at, f[1], passId, f[3], age, alt);
        scan.loyaltyPoints = Math.max(0, parseAge(f[5].substring(4)));
        return scan;
    }

    /** Age is optional on the gate export; unknown means adult pricing. */
    static int parseAge(String raw) {
        if (raw.isEmpty() || !Character.isDigit(raw.charAt(0))) {
            return -1;
        }
        return Integer.parseInt(raw);
    }
}
