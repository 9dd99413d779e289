import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Nightly merge of county voter-registration extracts into the statewide
 * voter list: parses each county file, normalises names and addresses,
 * matches records against the state list, assigns precincts from the street
 * ranges, and produces the list-maintenance change report.
 */
public final class VoterRollMerge {

    public static void main(String[] args) {
        int counties = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int perCounty = args.length > 1 ? Integer.parseInt(args[1]) : 40_000;
        long started = System.nanoTime();

        SplittableRandom rng = new SplittableRandom(20_241_105L);
        SyntheticRolls synth = new SyntheticRolls(rng);
        StateVoterList state = synth.buildStateList(counties * perCounty / 2);
        PrecinctStreetIndex precincts = synth.buildStreetIndex();
        VoterRecordParser parser = new VoterRecordParser();
        RollMatcher matcher = new RollMatcher(state, precincts, synth.deceasedNotices(state, 7000));

        Map<String, Integer> totals = new HashMap<>();
        long reportChars = 0;
        int rejected = 0;
        for (int c = 0; c < counties; c++) {
            String county = SyntheticRolls.COUNTY_NAMES[c % SyntheticRolls.COUNTY_NAMES.length] + (c >= SyntheticRolls.COUNTY_NAMES.length ? " " + (c / SyntheticRolls.COUNTY_NAMES.length + 1) : "");
            List<String> extract = synth.countyExtract(county, perCounty, state);
            List<VoterRecord> records = new ArrayList<>(extract.size());
            for (String line : extract) {
                VoterRecord r = parser.parse(line);
                if (r == null) {
                    rejected++;
                } else {
                    records.add(r);
                }
            }
            ChangeReport report = matcher.merge(county, records);
            report.counts().forEach((k, v) -> totals.merge(k, v, Integer::sum));
            reportChars += report.render().length();
        }

        System.out.printf("merged %d counties, %d rejected lines, state list now %d voters%n", counties, rejected, state.size());
        totals.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf("  %-20s %8d%n", e.getKey(), e.getValue()));
        System.out.printf("report chars %d, elapsed %.2fs%n", reportChars, (System.nanoTime() - started) / 1e9);
    }
}
