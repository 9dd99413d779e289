import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Matches parsed county records against the state list and records the changes. */
final class RollMatcher {

    private final StateVoterList state;
    private final PrecinctStreetIndex precincts;
    private final Set<String> deceasedKeys = new HashSet<>();

    RollMatcher(StateVoterList state, PrecinctStreetIndex precincts, List<DeathNotice> deceasedNotices) {
        this.state = state;
        this.precincts = precincts;
        for (DeathNotice n : deceasedNotices) {
            deceasedKeys.add(VoterRecord.matchKey(n.lastName(), n.firstName(), n.birthDate()));
        }
    }


    ChangeReport merge(String county, List<VoterRecord> records) {
        ChangeReport report = new ChangeReport(county);
        Map<String, String> seenInExtract = new HashMap<>(records.size() * 2);
        for (VoterRecord r : records) {
            String key = r.matchKey();
            String dupOf = seenInExtract.putIfAbsent(key, r.countyVoterId());
            if (dupOf != null) {
                report.add("DUPLICATE", "", r.countyVoterId(), "same person as " + dupOf);
                continue;
            }
            String precinct = precincts.precinctFor(r.street(), r.houseNumber());
            if (precinct == null) {
                report.add("UNGEOCODED", "", r.countyVoterId(), r.houseNumber() + " " + r.street());
                continue;
            }
            StateVoterList.StateVoter v = state.find(key);
            if (v == null) {
                v = state.register(r.lastName(), r.firstName(), r.birthDate());
                apply(v, r, precinct);
                report.add("NEW", v.stateId, r.countyVoterId(), precinct);
                continue;
            }
            if (deceasedKeys.contains(key) && !"REMOVED".equals(v.status)) {
                report.add("DECEASED", v.stateId, r.countyVoterId(), "vital records notice");
                v.status = "REMOVED";
                continue;
            }
            boolean moved = v.houseNumber != r.houseNumber() || !r.street().equals(v.street);
            boolean partyChanged = !r.party().equals(v.party);
            boolean statusChanged = !r.status().equals(v.status);
            if (moved) {
                report.add("MOVED", v.stateId, r.countyVoterId(), v.precinct + " -> " + precinct);
            } else if (partyChanged) {
                report.add("PARTY", v.stateId, r.countyVoterId(), v.party + " -> " + r.party());
            } else if (statusChanged) {
                report.add("STATUS", v.stateId, r.countyVoterId(), v.status + " -> " + r.status());
            } else {
                report.add("UNCHANGED", v.stateId, r.countyVoterId(), "");
            }
            apply(v, r, precinct);
        }
        return report;
    }

    private static void apply(StateVoterList.StateVoter v, VoterRecord r, String precinct) {
        v.countyVoterId = r.countyVoterId();
        v.houseNumber = r.houseNumber();
        v.houseSuffix = r.houseSuffix();
        v.street = r.street();
        v.city = r.city();
        v.zip = r.zip();
        v.party = r.party();
        v.status = r.status();
        v.precinct = precinct;
    }
}
