import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;

/**
 * Upload channel to the excise office. The TLS context and HTTP client are
 * created once when the run starts; in this nightly dry-run mode the signed
 * records are spooled to a buffer instead of being posted.
 */
public final class ExciseUploader {
    private final HttpClient client;
    private final ByteArrayOutputStream spool = new ByteArrayOutputStream(1 << 20);
    private int records;

    ExciseUploader() {
        try {
            SSLContext tls = SSLContext.getInstance("TLSv1.3");
            tls.init(null, null, new SecureRandom());
            client = HttpClient.newBuilder()
                    .sslContext(tls)
                    .connectTimeout(Duration.ofSeconds(10))
                    .version(HttpClient.Version.HTTP_2)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS setup failed", e);
        }
    }

    /** Per-worker buffer of signed lines, merged into the upload spool at the end. */
    static final class Batchfile {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        private final Base64.Encoder b64 = Base64.getEncoder();
        private int records;

        void add(String record, byte[] signature) {
            byte[] line = (record + ";sig=" + b64.encodeToString(signature) + "\n").getBytes(StandardCharsets.UTF_8);
            out.write(line, 0, line.length);
            records++;
        }
    }

    void submit(Batchfile file) {
        try {
            file.out.writeTo(spool);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        records += file.records;
    }

    int records() { return records; }
    int bytes() { return spool.size(); }
    String protocol() { return client.version().toString(); }
}
