import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The statewide registration list, keyed for matching on name and date of birth. */
final class StateVoterList {

    static final class StateVoter {
        final String stateId;
        final String lastName;
        final String firstName;
        final LocalDate birthDate;
        String countyVoterId;
        int houseNumber;
        String houseSuffix;
        String street;
        String city;
        String zip;
        String party;
        String precinct;
        String status;

        StateVoter(String stateId, String lastName, String firstName, LocalDate birthDate) {
            this.stateId = stateId;
            this.lastName = lastName;
            this.firstName = firstName;
            this.birthDate = birthDate;
        }

        String matchKey() {
            return VoterRecord.matchKey(lastName, firstName, birthDate);
        }
    }

    private final Map<String, StateVoter> byMatchKey = new HashMap<>();
    private final List<StateVoter> all = new ArrayList<>();
    private long nextId = 100_000_000L;

    StateVoter find(String matchKey) {
        return byMatchKey.get(matchKey);
    }

    StateVoter register(String lastName, String firstName, LocalDate birthDate) {
        StateVoter v = new StateVoter("SV" + nextId++, lastName, firstName, birthDate);
        StateVoter prev = byMatchKey.putIfAbsent(v.matchKey(), v);
        if (prev != null) {
            return prev;
        }
        all.add(v);
        return v;
    }

    StateVoter get(int index) {
        return all.get(index);
    }

    int size() {
        return all.size();
    }
}
