package ontsync;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The per-ONT optical health report that field operations loads into its
 * job planning spreadsheet, grouped by PON port with a port summary line.
 */
final class FieldOpsReport {
    private final InventoryStore store;

    FieldOpsReport(InventoryStore store) {
        this.store = store;
    }

    int write(Path file) throws IOException {
        int rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("port,ont,serial,model,health,rx,olt_rx,tx,expected_rx,margin,distance,profile,rental,fec,bip8,missing_bins\n");
            StringBuilder sb = new StringBuilder(256);
            for (InventoryStore.PonPort port : store.ports()) {
                for (OntRecord r : port.onts) {
                    sb.setLength(0);
                    sb.append(port.key).append(',').append(r.ontId).append(',').append(r.serial).append(',')
                      .append(r.model).append(',').append(r.health).append(',')
                      .append(Formats.dbm(r.rxDbm)).append(',')
                      .append(Formats.dbm(r.oltRxDbm)).append(',')
                      .append(Formats.dbm(r.txDbm)).append(',')
                      .append(Formats.dbm(Double.isNaN(r.distanceM) ? Double.NaN : OpticalBudget.expectedRx(r.distanceM)))
                      .append(',')
                      .append(Double.isNaN(r.marginDb) ? "-" : Double.toString(Math.round(r.marginDb * 10) / 10.0))
                      .append(',')
                      .append(Formats.km(r.distanceM)).append(',')
                      .append(r.profile).append(',')
                      .append(Formats.pounds(r.rentalPence)).append(',')
                      .append(r.fecErrors).append(',').append(r.bip8Errors).append(',')
                      .append(r.missingBins).append('\n');
                    w.write(sb.toString());
                    rows++;
                }
                sb.setLength(0);
                sb.append("# ").append(port.key).append(" onts=").append(port.onts.size())
                  .append(" online=").append(port.online).append(" los=").append(port.los)
                  .append(" degraded=").append(port.degraded).append(" marginal=").append(port.marginal)
                  .append(" meanRx=").append(Formats.dbm(port.meanRx()))
                  .append(" contention=").append(Formats.ratio(port.contention()))
                  .append(" revenue=").append(Formats.pounds(port.rentalPence)).append('\n');
                w.write(sb.toString());
            }
        }
        return rows;
    }
}
