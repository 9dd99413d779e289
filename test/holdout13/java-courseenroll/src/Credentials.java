import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** PIN verification used by the registration front end. */
public final class Credentials {
    static final int ITERATIONS = 25;

    private Credentials() {}

    static byte[] derive(String pin, byte[] salt, int iterations) {
        try {
            SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
            return f.generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verify(StudentDirectory.Student s, String pin) {
        byte[] expected = Base64.getDecoder().decode(s.pinHash);
        byte[] actual = derive(pin, s.salt, ITERATIONS);
        return MessageDigest.isEqual(expected, actual);
    }
}
