package innbooking;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Password storage and credential checks for the guest portal. */
public final class AuthService {
    static final int ITERATIONS = 80;
    private static final int KEY_BITS = 256;

    private final Map<String, String> hashes = new HashMap<>();

    String hashPassword(String password, long saltSeed) {
        byte[] salt = new byte[16];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) (saltSeed >>> ((i % 8) * 8) ^ i * 31);
        }
        byte[] hash = pbkdf2(password.toCharArray(), salt);
        return Base64.getEncoder().encodeToString(salt) + "$" + Base64.getEncoder().encodeToString(hash);
    }

    void register(Guest g) {
        hashes.put(g.getUsername(), g.getPasswordHash());
    }

    /**
     * Checks the Basic credentials sent with a portal API call against the
     * stored PBKDF2 hash.
     */
    public boolean verify(String username, String password) {
        String stored = hashes.get(username);
        if (stored == null || password == null) {
            return false;
        }
        int sep = stored.indexOf('$');
        byte[] salt = Base64.getDecoder().decode(stored.substring(0, sep));
        byte[] expected = Base64.getDecoder().decode(stored.substring(sep + 1));
        byte[] actual = pbkdf2(password.toCharArray(), salt);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] pbkdf2(char[] password, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, KEY_BITS);
            SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            return f.generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 unavailable", e);
        }
    }
}
