package works.dyehouse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the colour-kitchen report: one line per recipe, then the vat plan. */
final class LabReport {
    private LabReport() {
    }

    static void write(Path file, List<Recipe> recipes, VatPlan plan) throws IOException {
        StringBuilder sb = new StringBuilder(128);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Recipe r : recipes) {
                sb.setLength(0);
                sb.append(r.standard().reference()).append('\t').append(r.standard().customer()).append('\t')
                        .append(r.standard().substrate().name());
                for (int i = 0; i < r.dyes().length; i++) {
                    sb.append('\t').append(r.dyes()[i].name()).append(' ');
                    appendFixed(sb, r.concentrations()[i], 4).append('%');
                }
                sb.append("\tdE00 ");
                appendFixed(sb, r.deltaD65(), 2).append(" / A ");
                appendFixed(sb, r.deltaA(), 2).append("\tcost ");
                appendFixed(sb, r.costPerKgFabric(), 3).append('\n');
                w.write(sb.toString());
            }
            for (int b = 0; b < plan.batchCount(); b++) {
                sb.setLength(0);
                sb.append("vat ").append(plan.vatOf()[b] + 1).append(" batch ").append(b + 1).append(':');
                for (Recipe r : plan.batches().get(b)) {
                    sb.append(' ').append(r.standard().reference());
                }
                w.write(sb.append('\n').toString());
            }
        }
    }

    /** Fixed-point decimal without going through a formatter. */
    static StringBuilder appendFixed(StringBuilder sb, double v, int decimals) {
        if (Double.isNaN(v)) {
            return sb.append("n/a");
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long n = Math.round(Math.abs(v) * scale);
        if (v < 0 && n != 0) {
            sb.append('-');
        }
        sb.append(n / scale).append('.');
        String frac = Long.toString(n % scale);
        for (int i = frac.length(); i < decimals; i++) {
            sb.append('0');
        }
        return sb.append(frac);
    }
}
