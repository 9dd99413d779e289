import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class ClaimsBatchJob {
    public static void main(String[] args) {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int claimsPerFile = args.length > 1 ? Integer.parseInt(args[1]) : 4000;

        FeeSchedule schedule = FeeSchedule.standard();
        Adjudicator adjudicator = new Adjudicator(schedule);
        RemittanceWriter writer = new RemittanceWriter();
        ClaimFeed feed = new ClaimFeed(0x5eed1234L);
        ClaimParser parser = new ClaimParser();

        long accepted = 0, denied = 0, malformed = 0;
        for (int f = 0; f < files; f++) {
            List<String> lines = feed.nextFile(claimsPerFile);
            List<Claim> claims = new ArrayList<>(lines.size());
            for (String line : lines) {
                Claim c = parser.parse(line);
                if (c == null) {
                    malformed++;
                    continue;
                }
                claims.add(c);
            }
            List<Adjudicator.Decision> decisions = adjudicator.adjudicateAll(claims);
            for (Adjudicator.Decision d : decisions) {
                if (d.paid > 0) accepted++; else denied++;
            }
            writer.write(f, decisions);
        }
        System.out.printf("claims accepted=%d denied=%d malformed=%d paid=%.2f%n",
                accepted, denied, malformed, writer.totalPaid());
        System.out.printf("remittance digest %s%n", writer.digestHex().substring(0, 16));
        int shown = 0;
        for (Map.Entry<String, Double> e : adjudicator.topProviders(3)) {
            System.out.printf("  %s %.2f%n", e.getKey(), e.getValue());
            if (++shown >= 3) break;
        }
    }
}
