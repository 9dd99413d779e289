package affinage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Stock list for the sales office, one CSV file per issue. */
final class InventoryExport {
    private final Path dir;
    private long bytes;

    InventoryExport(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    void writeIssue(int issue, List<Wheel> wheels) throws IOException {
        Path file = dir.resolve("stock-" + issue + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            boolean header = true;
            StringBuilder line = new StringBuilder(256);
            for (Wheel w : wheels) {
                Map<String, Object> row = RecordColumns.describe(w);
                if (header) {
                    out.write(String.join(",", row.keySet()));
                    out.newLine();
                    header = false;
                }
                line.setLength(0);
                for (Object v : row.values()) {
                    if (line.length() > 0) line.append(',');
                    line.append(v instanceof Double d ? Math.round(d * 1000) / 1000.0 : v);
                }
                out.write(line.toString());
                out.newLine();
            }
        }
        bytes += Files.size(file);
    }

    long bytesWritten() {
        return bytes;
    }
}
