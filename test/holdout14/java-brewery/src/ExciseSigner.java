import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.format.DateTimeFormatter;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Produces the HMAC-SHA256 signed duty record the excise office requires for
 * every batch. One instance per worker thread: the Mac is keyed once.
 */
public final class ExciseSigner {
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private final Mac mac;
    private final StringBuilder sb = new StringBuilder(256);

    ExciseSigner(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot initialise excise signer", e);
        }
    }

    private static void appendFixed(StringBuilder sb, double v, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) scale *= 10;
        long r = Math.round(v * scale);
        if (r < 0) {
            sb.append('-');
            r = -r;
        }
        sb.append(r / scale).append('.');
        String frac = Long.toString(r % scale);
        for (int i = frac.length(); i < decimals; i++) sb.append('0');
        sb.append(frac);
    }

    String canonicalRecord(Batch b) {
        sb.setLength(0);
        sb.append(b.batchNo).append('|').append(b.recipe.code).append('|').append(b.fermenter).append('|');
        ISO_DAY.formatTo(b.brewDay, sb);
        sb.append('|');
        appendFixed(sb, b.recipe.batchLitres, 1);
        sb.append('|');
        appendFixed(sb, b.og, 4);
        sb.append('|');
        appendFixed(sb, b.fg, 4);
        sb.append('|');
        appendFixed(sb, b.abv, 2);
        sb.append('|');
        appendFixed(sb, b.dutyPayable, 2);
        return sb.toString();
    }

    /**
     * Signs the duty record together with the predicted gravity curve, which
     * the excise office uses to cross-check declared strength.
     */
    byte[] sign(Batch b, String record) {
        mac.update(record.getBytes(StandardCharsets.UTF_8));
        sb.setLength(0);
        for (double g : b.gravityLog) {
            appendFixed(sb, g, 4);
            sb.append(',');
        }
        mac.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        return mac.doFinal();
    }
}
