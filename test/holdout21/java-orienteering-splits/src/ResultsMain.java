package orient.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Result processing for a multi-day orienteering event: reads the card
 * downloads, validates punches against the courses, keeps live class
 * standings for the arena screen, analyses splits and exports result files.
 */
public final class ResultsMain {

    public static void main(String[] args) throws IOException {
        int runners = args.length > 0 ? Integer.parseInt(args[0]) : 21_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 90210L;

        Path work = Files.createTempDirectory("orient-results-");
        try {
            EventGenerator gen = new EventGenerator(seed);
            Map<String, Course> courses = gen.courses();
            List<String> downloads = gen.downloads(courses, runners);

            CardReader reader = new CardReader();
            CourseValidator validator = new CourseValidator(courses);
            LiveResults live = new LiveResults();
            int garbled = 0;
            for (String line : downloads) {
                CardRead card = reader.read(line);
                garbled += card.garbled;
                live.record(validator.validate(card));
            }

            SplitAnalysis analysis = SplitAnalysis.compute(courses, live.all());

            List<RunResult> results = new ArrayList<>(live.all());
            results.sort(Comparator.comparing(RunResult::getClassName)
                    .thenComparing(RunResult::getStatus)
                    .thenComparingInt(RunResult::getRunningSec));
            List<RunResult.Split> splits = new ArrayList<>();
            for (RunResult r : results) splits.addAll(r.splits());

            ResultExporter exporter = new ResultExporter();
            int resultRows = exporter.write(work.resolve("results.csv"), results);
            int splitRows = exporter.write(work.resolve("splits.csv"), splits);
            // Per-course split files for the organisers' analysis tools.
            Map<String, List<RunResult.Split>> splitsByCourse = new TreeMap<>();
            for (RunResult r : results) {
                splitsByCourse.computeIfAbsent(r.getCourseName(), k -> new ArrayList<>()).addAll(r.splits());
            }
            for (Map.Entry<String, List<RunResult.Split>> e : splitsByCourse.entrySet()) {
                exporter.write(work.resolve("splits-" + e.getKey().toLowerCase() + ".csv"), e.getValue());
            }

            long ok = results.stream().filter(r -> r.getStatus() == RunResult.Status.OK).count();
            StringBuilder hardest = new StringBuilder();
            analysis.hardestLegs().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> hardest.append(' ').append(e.getKey()).append(":leg")
                            .append(e.getValue().leg + 1));
            System.out.println("runners=" + results.size() + " ok=" + ok + " garbled=" + garbled
                    + " screenRows=" + live.publishedRows() + " resultRows=" + resultRows
                    + " splitRows=" + splitRows + " hardest:" + hardest);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
