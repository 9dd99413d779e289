import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds, for each household of one census, the same household ten years later. */
final class HouseholdMatcher {

    static final class Link {
        final Household earlier;
        final Household later;
        final double score;
        final int matchedMembers;
        final int ageDisagreements;
        final double meanAgeDriftYears;

        Link(Household earlier, Household later, double score, int matchedMembers, int ageDisagreements, double meanAgeDriftYears) {
            this.earlier = earlier;
            this.later = later;
            this.score = score;
            this.matchedMembers = matchedMembers;
            this.ageDisagreements = ageDisagreements;
            this.meanAgeDriftYears = meanAgeDriftYears;
        }
    }

    List<Link> link(List<Household> earlier, List<Household> later) {
        Map<String, List<Household>> blocks = new HashMap<>();
        for (Household h : later) blocks.computeIfAbsent(h.headKey, k -> new ArrayList<>()).add(h);
        List<Link> links = new ArrayList<>();
        for (Household h : earlier) {
            List<Household> cands = blocks.get(h.headKey);
            if (cands == null) continue;
            Link best = null;
            for (Household c : cands) {
                Link l = score(h, c);
                if (l != null && (best == null || l.score > best.score)) best = l;
            }
            if (best != null && best.score >= 0.55) links.add(best);
        }
        return links;
    }

    private static Link score(Household a, Household b) {
        int gap = (b.censusYear - a.censusYear) * 12;
        double total = 0;
        int matched = 0, ageOff = 0, drift = 0;
        boolean[] used = new boolean[b.members.size()];
        for (Person p : a.members) {
            double bestScore = 0;
            int bestIdx = -1;
            for (int j = 0; j < b.members.size(); j++) {
                if (used[j]) continue;
                Person q = b.members.get(j);
                if (p.forename.charAt(0) != q.forename.charAt(0)) continue;
                double name = Names.jaroWinkler(p.forename, q.forename);
                if (name < 0.82) continue;
                int ageErr = Math.abs(q.ageMonths - p.ageMonths - gap);
                if (ageErr > 36) continue;
                double s = 0.55 * name + 0.25 * (1 - ageErr / 48.0);
                if (p.birthParish.equals(q.birthParish)) s += 0.15;
                else if (p.birthCounty.equals(q.birthCounty)) s += 0.08;
                if (p.surname.equals(q.surname)) s += 0.05;
                if (s > bestScore) {
                    bestScore = s;
                    bestIdx = j;
                }
            }
            if (bestIdx >= 0) {
                used[bestIdx] = true;
                matched++;
                total += bestScore;
                int err = Math.abs(b.members.get(bestIdx).ageMonths - p.ageMonths - gap);
                drift += err;
                if (err > 12) ageOff++;
            }
        }
        if (matched == 0) return null;
        double score = total / Math.max(a.members.size(), b.members.size());
        return new Link(a, b, score, matched, ageOff, drift / 12.0 / matched);
    }
}
