import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;

final class PurchaseOrderExport {
    static final class Line {
        final String warehouse;
        final Sku sku;
        final ReorderPolicy.Recommendation rec;
        final LocalDate orderDate;

        Line(String warehouse, Sku sku, ReorderPolicy.Recommendation rec, LocalDate orderDate) {
            this.warehouse = warehouse;
            this.sku = sku;
            this.rec = rec;
            this.orderDate = orderDate;
        }

        double value() {
            return rec.quantity * sku.unitCost;
        }
    }

    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final Comparator<Line> BY_SUPPLIER_THEN_VALUE =
            Comparator.comparing((Line l) -> l.sku.supplier)
                    .thenComparing(l -> l.warehouse)
                    .thenComparing(Comparator.comparingDouble(Line::value).reversed());

    private final CRC32 crc = new CRC32();
    private final StringBuilder sb = new StringBuilder(1 << 20);
    private long bytes;

    void writeDay(LocalDate day, List<Line> lines) {
        lines.sort(BY_SUPPLIER_THEN_VALUE);
        sb.setLength(0);
        String dayText = ISO_DAY.format(day);
        for (Line l : lines) {
            String eta = ISO_DAY.format(l.orderDate.plusDays(l.sku.leadTimeDays));
            long cents = Math.round(l.value() * 100);
            sb.append(l.sku.supplier).append(',').append(l.warehouse).append(',').append(l.sku.code).append(',')
              .append(l.rec.quantity).append(',').append(cents / 100).append('.');
            long c = cents % 100;
            if (c < 10) sb.append('0');
            sb.append(c).append(',').append(dayText).append(',').append(eta).append(',')
              .append(Math.round(l.rec.forecastDaily * 10) / 10.0).append('\n');
        }
        byte[] out = sb.toString().getBytes(StandardCharsets.UTF_8);
        crc.update(out);
        bytes += out.length;
    }

    long bytesWritten() {
        return bytes;
    }

    long checksum() {
        return crc.getValue();
    }
}
