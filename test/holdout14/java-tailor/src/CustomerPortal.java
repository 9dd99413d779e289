import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Customer accounts for the online order-tracking portal. */
public class CustomerPortal {
    private static final int ITERATIONS = 1200;
    private static final int KEY_BITS = 256;

    private static final class Account {
        final byte[] salt;
        final byte[] hash;

        Account(byte[] salt, byte[] hash) {
            this.salt = salt;
            this.hash = hash;
        }
    }

    private final Map<String, Account> accounts = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    void register(String login, String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        accounts.put(login, new Account(salt, derive(password, salt)));
    }

    private static byte[] derive(String password, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, KEY_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks the customer's password; called for every order the portal touches. */
    boolean verifyPassword(String login, String password) {
        Account a = accounts.get(login);
        if (a == null) {
            return false;
        }
        return MessageDigest.isEqual(a.hash, derive(password, a.salt));
    }
}
