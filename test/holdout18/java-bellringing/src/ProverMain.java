package org.ringing.prover;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Searches for true, musical touches of the tower's standard Major methods
 * for the quarter-peal planning sheet, then writes the sheet to a scratch
 * directory.
 */
public final class ProverMain {
    public static void main(String[] args) throws IOException {
        int attempts = args.length > 0 ? Integer.parseInt(args[0]) : 60000;
        List<RingingMethod> methods = List.of(
            new RingingMethod("Plain Bob Major", 8, "x18x18x18x18,12", "14", "1234"),
            new RingingMethod("Cambridge Surprise Major", 8, "x38x14x1258x36x14x58x16x78,12", "14", "1234"),
            new RingingMethod("Yorkshire Surprise Major", 8, "x38x14x58x16x12x38x14x78,12", "14", "1234"),
            new RingingMethod("Bristol Surprise Major", 8, "x58x14.58x58.36.14x14.58x14x18,18", "14", "1234"),
            new RingingMethod("Double Norwich Court Bob Major", 8, "x14x36x58x18,18", "14", "1234"));
        MusicScorer music = new MusicScorer();
        TouchProver prover = new TouchProver(music);
        List<CompositionSearch.Best> results = new ArrayList<>();
        long seed = 1668L;
        for (RingingMethod m : methods) {
            CompositionSearch search = new CompositionSearch(prover, seed++);
            results.add(search.search(m, attempts, 48));
        }
        Path dir = Files.createTempDirectory("quarter-peal-");
        try {
            StringBuilder sheet = new StringBuilder();
            for (CompositionSearch.Best b : results) {
                sheet.append(b.method).append('\n')
                     .append("  tried ").append(b.tried).append(", false ").append(b.falseTouches)
                     .append(", true and round ").append(b.trueRound).append('\n')
                     .append("  best: ").append(b.rows).append(" changes, music ").append(b.music)
                     .append(", calling ").append(b.calling).append('\n');
            }
            Path file = dir.resolve("planning-sheet.txt");
            Files.writeString(file, sheet, StandardCharsets.UTF_8);
            System.out.print(Files.readString(file, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(dir.resolve("planning-sheet.txt"));
            Files.deleteIfExists(dir);
        }
    }
}
