import java.util.ArrayList;
import java.util.List;

public class RateDesk {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 14;
        RequestFeed feed = new RequestFeed(424242L);
        RatePlanner planner = new RatePlanner();
        QuoteRenderer renderer = new QuoteRenderer();
        long totalCents = 0;
        int rejected = 0;
        int rendered = 0;
        long chars = 0;
        int alternatives = 0;
        int soldOut = 0;
        int flexible = 0;
        for (int r = 0; r < rounds; r++) {
            List<String[]> raw = feed.nextBatch(9000);
            List<StayRequest> requests = new ArrayList<>(raw.size());
            for (String[] fields : raw) {
                StayRequest req = StayRequest.fromForm(fields);
                if (req == null) {
                    rejected++;
                    continue;
                }
                requests.add(req);
            }
            for (StayRequest req : requests) {
                Quote q;
                try {
                    q = planner.quote(req);
                } catch (SoldOutException e) {
                    soldOut++;
                    flexible += planner.flexibleArrivals(req).size();
                    continue;
                }
                totalCents += q.totalCents;
                if (planner.cheaperAlternative(req, q) != null) {
                    alternatives++;
                }
                String text = renderer.render(req, q);
                chars += text.length();
                rendered++;
            }
        }
        System.out.printf("quotes=%d rejected=%d alternatives=%d soldout=%d flexible=%d total=%d.%02d chars=%d%n",
                rendered, rejected, alternatives, soldOut, flexible, totalCents / 100, totalCents % 100, chars);
    }
}
