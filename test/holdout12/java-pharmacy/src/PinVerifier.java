import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Checks the refill-portal PIN against the stored PBKDF2 hash. */
final class PinVerifier {
    static final int ITERATIONS = 1000;
    static final int KEY_BITS = 256;

    static byte[] hash(char[] pin, byte[] salt) {
        try {
            SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            return f.generateSecret(new PBEKeySpec(pin, salt, ITERATIONS, KEY_BITS)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 unavailable", e);
        }
    }

    boolean verify(Patient p, String pin) {
        byte[] candidate = hash(pin.toCharArray(), p.pinSalt);
        return MessageDigest.isEqual(candidate, p.pinHash);
    }
}
