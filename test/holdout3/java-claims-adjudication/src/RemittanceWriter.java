import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/** Builds the 835-style remittance advice per input file and keeps a running digest. */
public final class RemittanceWriter {
    private final MessageDigest digest;
    private final StringBuilder sb = new StringBuilder(1 << 20);
    private double totalPaid;

    RemittanceWriter() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void write(int fileNo, List<Adjudicator.Decision> decisions) {
        sb.setLength(0);
        sb.append("ST*835*").append(fileNo).append("~\n");
        long cents = 0;
        for (Adjudicator.Decision d : decisions) {
            long paidCents = Math.round(d.paid * 100);
            cents += paidCents;
            sb.append("CLP*").append(d.claim.claimId).append('*').append(d.reason).append('*')
              .append(String.format("%.2f*%.2f", d.claim.billed, d.paid)).append('*')
              .append(Math.round(d.memberShare * 100)).append("~\n");
            sb.append("SVC*HC:").append(d.claim.procedureCode).append('*').append(d.claim.units)
              .append('*').append(d.claim.memberId).append('*').append(d.claim.providerNpi).append("~\n");
        }
        sb.append("SE*").append(decisions.size()).append('*').append(cents).append("~\n");
        totalPaid += cents / 100.0;
        digest.update(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    double totalPaid() {
        return totalPaid;
    }

    String digestHex() {
        byte[] h = digest.digest();
        StringBuilder hex = new StringBuilder();
        for (byte b : h) hex.append(String.format("%02x", b));
        return hex.toString();
    }
}
