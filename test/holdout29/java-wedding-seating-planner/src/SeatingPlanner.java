import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * A wedding planner's batch job: reads each wedding's RSVP returns, builds a
 * seating plan for the reception (round tables, couples together, children
 * near their parents, feuding relatives apart), and produces the caterer's
 * per-table meal counts and the place-card print file.
 */
public final class SeatingPlanner {

    public static void main(String[] args) {
        int weddings = 1400;
        long seed = 20240615L;
        int sweeps = 2800;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--weddings": weddings = Integer.parseInt(args[i + 1]); break;
                case "--seed": seed = Long.parseLong(args[i + 1]); break;
                case "--sweeps": sweeps = Integer.parseInt(args[i + 1]); break;
                default: break;
            }
        }
        long start = System.nanoTime();
        SplittableRandom rng = new SplittableRandom(seed);
        RsvpGenerator gen = new RsvpGenerator(rng.split());
        RsvpParser parser = new RsvpParser();
        SeatingOptimizer optimizer = new SeatingOptimizer(sweeps);
        CateringSheet catering = new CateringSheet();
        PlaceCards cards = new PlaceCards();
        CRC32 crc = new CRC32();
        int guests = 0, attending = 0, tables = 0, conflictsLeft = 0, couplesSplit = 0;
        double scoreSum = 0;
        for (int w = 0; w < weddings; w++) {
            List<String> rsvps = gen.weddingReturns(w);
            List<Guest> list = new ArrayList<>(rsvps.size());
            for (String line : rsvps) {
                Guest g = parser.parse(line);
                if (g != null) list.add(g);
            }
            guests += list.size();
            Reception r = Reception.from(w, list, gen.relationships(list));
            attending += r.size();
            SeatingOptimizer.Plan plan = optimizer.seat(r, rng.split());
            tables += plan.tableCount();
            scoreSum += plan.score();
            conflictsLeft += plan.conflictsSeatedTogether();
            couplesSplit += plan.couplesSplit();
            catering.add(r, plan);
            byte[] print = cards.render(r, plan);
            crc.update(print, 0, print.length);
        }
        System.out.println("weddings=" + weddings + " rsvps=" + guests + " attending=" + attending + " tables=" + tables);
        System.out.println("mean_plan_score=" + Math.round(scoreSum / weddings * 10) / 10.0
                + " conflicts_seated_together=" + conflictsLeft + " couples_split=" + couplesSplit);
        System.out.println(catering.summary());
        System.out.println("place_cards_bytes=" + cards.bytes() + " crc=" + Long.toHexString(crc.getValue()));
        System.out.println("elapsed=" + Math.round((System.nanoTime() - start) / 1e8) / 10.0 + "s");
    }
}
