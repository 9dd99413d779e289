import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Links households between consecutive decennial census transcriptions
 * (1841-1881) of a group of registration districts, so that family histories
 * can follow a household from one census to the next.
 */
public final class CensusLinker {

    public static void main(String[] args) throws IOException {
        int districts = 40;
        long seed = 1841L;
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--districts")) districts = Integer.parseInt(args[i + 1]);
            if (args[i].equals("--seed")) seed = Long.parseLong(args[i + 1]);
        }
        long start = System.nanoTime();
        Path work = Files.createTempDirectory("census-link");
        Logger ageLog = Logger.getLogger("census.transcription.ages");
        FileHandler audit = new FileHandler(work.resolve("age-normalisation.log").toString());
        audit.setFormatter(new SimpleFormatter());
        ageLog.addHandler(audit);
        ageLog.setUseParentHandlers(false);
        PopulationSimulator sim = new PopulationSimulator(seed);
        int[] years = {1841, 1851, 1861, 1871, 1881};
        CensusParser parser = new CensusParser();
        TranscriptionDeduplicator dedup = new TranscriptionDeduplicator();
        Map<Integer, List<Household>> byYear = new HashMap<>();
        int lines = 0, rejected = 0, duplicates = 0;
        List<List<String>> pages = sim.transcribe(districts, years);
        for (int y = 0; y < years.length; y++) {
            List<Household> households = new ArrayList<>();
            for (String line : pages.get(y)) {
                lines++;
                Household h = parser.parseHousehold(line, years[y]);
                if (h == null) {
                    rejected++;
                    continue;
                }
                if (!dedup.admit(h)) {
                    duplicates++;
                    continue;
                }
                households.add(h);
            }
            byYear.put(years[y], households);
        }
        HouseholdMatcher matcher = new HouseholdMatcher();
        LinkReport report = new LinkReport();
        int links = 0;
        for (int y = 0; y + 1 < years.length; y++) {
            List<HouseholdMatcher.Link> found = matcher.link(byYear.get(years[y]), byYear.get(years[y + 1]));
            links += found.size();
            for (HouseholdMatcher.Link l : found) report.add(l);
        }
        System.out.printf("lines=%d rejected=%d duplicate_keyings=%d households=%d links=%d age_fallbacks=%d%n",
                lines, rejected, duplicates, dedup.size(), links, parser.fallbackAges());
        report.printSummary(System.out);
        audit.close();
        long auditBytes = Files.size(work.resolve("age-normalisation.log"));
        try (var files = Files.list(work)) {
            for (Path p : (Iterable<Path>) files::iterator) Files.delete(p);
        }
        Files.delete(work);
        System.out.printf("age_audit_bytes=%d%n", auditBytes);
        System.out.printf("elapsed=%.1fs%n", (System.nanoTime() - start) / 1e9);
    }
}
