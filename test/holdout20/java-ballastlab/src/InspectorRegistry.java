package org.ballastlab;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Port-state control inspectors allowed to submit samples, with salted PIN hashes. */
final class InspectorRegistry {

    static final int PIN_ITERATIONS = 400;

    record Inspector(String id, String name, String authority, byte[] salt, byte[] pinHash) {
    }

    private final Map<String, Inspector> byId = new HashMap<>();
    private final Map<String, char[]> issuedPins = new HashMap<>();

    static InspectorRegistry enrol(SplittableRandom rng, int count) {
        InspectorRegistry reg = new InspectorRegistry();
        String[] authorities = {"Rotterdam PSC", "Hamburg PSC", "Antwerp PSC", "Gdansk PSC", "Le Havre PSC"};
        for (int i = 0; i < count; i++) {
            String id = String.format("PSC-%03d", 100 + i);
            byte[] salt = new byte[16];
            for (int b = 0; b < salt.length; b++) {
                salt[b] = (byte) rng.nextInt(256);
            }
            char[] pin = String.valueOf(100000 + rng.nextInt(900000)).toCharArray();
            reg.byId.put(id, new Inspector(id, "Inspector " + i, authorities[i % authorities.length], salt, derive(pin, salt)));
            reg.issuedPins.put(id, pin);
        }
        return reg;
    }

    /** Checks an inspector's PIN against the stored PBKDF2 hash. */
    boolean authenticate(String inspectorId, char[] pin) {
        Inspector insp = byId.get(inspectorId);
        if (insp == null) {
            return false;
        }
        byte[] candidate = derive(pin, insp.salt());
        return MessageDigest.isEqual(candidate, insp.pinHash());
    }

    Inspector get(String id) {
        return byId.get(id);
    }

    String[] ids() {
        return byId.keySet().stream().sorted().toArray(String[]::new);
    }

    /** The PIN handed to the inspector at enrolment (the simulation's field devices know it). */
    char[] issuedPin(String id) {
        return issuedPins.get(id).clone();
    }

    private static byte[] derive(char[] pin, byte[] salt) {
        try {
            SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            return f.generateSecret(new PBEKeySpec(pin, salt, PIN_ITERATIONS, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
