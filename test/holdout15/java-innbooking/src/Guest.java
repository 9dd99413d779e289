package innbooking;

import java.util.Locale;

/** A registered guest account on the portal. */
public final class Guest {
    private final String username;
    private final String fullName;
    private final Locale locale;
    private final String passwordHash; // base64(salt) + "$" + base64(hash)
    private final String plainPasswordForReplay; // test fixture only
    private int loyaltyPoints;

    public Guest(String username, String fullName, Locale locale, String passwordHash, String replayPassword) {
        this.username = username;
        this.fullName = fullName;
        this.locale = locale;
        this.passwordHash = passwordHash;
        this.plainPasswordForReplay = replayPassword;
    }

    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public Locale getLocale() { return locale; }
    public String getPasswordHash() { return passwordHash; }
    String replayPassword() { return plainPasswordForReplay; }
    public int getLoyaltyPoints() { return loyaltyPoints; }
    public void addLoyaltyPoints(int p) { loyaltyPoints += p; }
}
