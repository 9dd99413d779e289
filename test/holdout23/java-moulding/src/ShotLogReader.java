package moulding;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Reads controller shot-log exports. */
final class ShotLogReader {
    private static final DateTimeFormatter TS = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private int rejected;

    int rejected() { return rejected; }

    List<Shot> read(Path file) throws IOException {
        List<Shot> shots = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) {
                return shots;
            }
            ShotRecordMapper mapper = new ShotRecordMapper(header);
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] values = line.split(";");
                if (values.length != 24) {
                    rejected++;
                    continue;
                }
                Shot shot = mapper.map(values);
                shot.epochSecond = LocalDateTime.parse(shot.timestamp, TS).toEpochSecond(ZoneOffset.UTC);
                shots.add(shot);
            }
        }
        return shots;
    }
}
