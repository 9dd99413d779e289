package ropeway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Keeps the inspection audit trail required by the operating permit: every
 * measurement, who took it and where, in a plain log file.
 */
public final class AuditTrail implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger("ropeway.audit");

    private final FileHandler handler;
    private final Path file;
    private long entries;

    public AuditTrail() throws IOException {
        file = Files.createTempFile("ropeway-audit", ".log");
        handler = new FileHandler(file.toString(), false);
        handler.setFormatter(new SimpleFormatter());
        LOG.setUseParentHandlers(false);
        LOG.setLevel(Level.INFO);
        LOG.addHandler(handler);
    }

    public void record(Inspection in) {
        Asset a = in.asset();
        LOG.info("measured " + a.component().quantity() + " at " + a.position() + " = " + in.value() + " "
                + a.component().unit() + (in.sensor() ? " (CMS)" : " by " + in.crew()));
        entries++;
    }

    public void note(String message) {
        LOG.log(Level.WARNING, message);
        entries++;
    }

    public long entries() { return entries; }

    @Override
    public void close() throws IOException {
        LOG.removeHandler(handler);
        handler.close();
        Files.deleteIfExists(file);
    }
}
