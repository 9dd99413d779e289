import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.Callable;

/** Quarter-hourly simulation of one site's patient flow. */
public class SiteSimulation implements Callable<SiteReport> {
    /** The bed manager's placement sweep runs every quarter hour. */
    static final int STEP_MINUTES = 15;

    private final Site site;
    private final int days;
    private final Random rng;
    private final AuditTrail audit;
    private final BedAllocator allocator;
    private final BedBoard board = new BedBoard();
    private final AdmissionFeed feed;
    private final Deque<Patient> boarding = new ArrayDeque<>();
    private final PriorityQueue<Bed> dischargeQueue = new PriorityQueue<>(
            (a, b) -> a.occupant.expectedDischarge.compareTo(b.occupant.expectedDischarge));

    SiteSimulation(Site site, int days, long seed) {
        this.site = site;
        this.days = days;
        this.rng = new Random(seed);
        this.audit = new AuditTrail(site.name);
        this.allocator = new BedAllocator(site, audit);
        double capacity = site.capacity();
        // demand slightly above what the beds can turn over: a typical winter
        this.feed = new AdmissionFeed(rng, capacity * 1.065 / (4.6 * 24), site.name.substring(0, 1) + "4");
    }

    @Override
    public SiteReport call() {
        SiteReport rep = new SiteReport(site.name, site.capacity());
        LocalDateTime t = LocalDateTime.of(2024, 1, 1, 0, 0);
        LocalDateTime end = t.plusDays(days);
        List<Patient> arrivals = new ArrayList<>();
        while (t.isBefore(end)) {
            audit.clock = t;
            dischargeDue(t, rep);

            arrivals.clear();
            for (String line : feed.requestsFor(t, STEP_MINUTES)) {
                Patient p = AdmissionFeed.parse(line);
                if (p != null) {
                    arrivals.add(p);
                }
            }
            rep.requests += arrivals.size();
            // patients already boarding in ED go first, longest wait first
            for (Iterator<Patient> it = boarding.iterator(); it.hasNext(); ) {
                Patient p = it.next();
                if (admit(p, t, rep)) {
                    it.remove();
                } else if (p.arrived.plusHours(12).isBefore(t)) {
                    it.remove();
                    rep.diverted++;
                    audit.record("DIVERT", p);
                }
            }
            for (Patient p : arrivals) {
                if (!admit(p, t, rep)) {
                    boarding.addLast(p);
                }
            }
            if (t.getMinute() == 0) {
                if (t.getHour() % 4 == 0) {
                    observationRound(t, rep);
                }
                if (t.getHour() % 2 == 0) {
                    board.render(site, t);
                }
                rep.sampleOccupancy(site.occupied(), boarding.size());
            }
            t = t.plusMinutes(STEP_MINUTES);
        }
        audit.ship();
        rep.outliers = allocator.outliers;
        rep.refusals = allocator.refusals;
        rep.auditEntries = audit.entries;
        rep.boardBytes = board.bytes;
        return rep;
    }

    private boolean admit(Patient p, LocalDateTime t, SiteReport rep) {
        Bed b = allocator.place(p, t);
        if (b == null) {
            return false;
        }
        dischargeQueue.add(b);
        rep.admitted++;
        rep.waitHours += java.time.Duration.between(p.arrived, t).toMinutes() / 60.0;
        return true;
    }

    private void dischargeDue(LocalDateTime t, SiteReport rep) {
        while (!dischargeQueue.isEmpty() && !dischargeQueue.peek().occupant.expectedDischarge.isAfter(t)) {
            Bed b = dischargeQueue.poll();
            Patient p = b.occupant;
            if (p.news >= 5) {
                // not medically fit: review again tomorrow
                p.expectedDischarge = p.expectedDischarge.plusHours(24);
                dischargeQueue.add(b);
                rep.delayedDischarges++;
                continue;
            }
            site.byId.get(b.wardId).release(b, t);
            rep.discharged++;
            rep.losDays += java.time.Duration.between(p.admitted, t).toMinutes() / 1440.0;
            audit.record("DISCHARGE", p);
            audit.record("BED", b);
        }
    }

    /** Four-hourly observations: simulated vitals scored with NEWS2. */
    private void observationRound(LocalDateTime t, SiteReport rep) {
        for (Ward w : site.wards) {
            for (Bed b : w.beds) {
                Patient p = b.occupant;
                if (p == null) {
                    continue;
                }
                double sick = p.acuity * 0.6 + (p.age > 75 ? 0.8 : 0);
                int rr = (int) Math.round(16 + rng.nextGaussian() * 3 + sick);
                int spo2 = (int) Math.round(96 - Math.abs(rng.nextGaussian()) * 1.5 - sick * 0.5);
                int sbp = (int) Math.round(125 + rng.nextGaussian() * 18 - sick * 3);
                int hr = (int) Math.round(82 + rng.nextGaussian() * 12 + sick * 3);
                double temp = 37.0 + rng.nextGaussian() * 0.5 + sick * 0.1;
                boolean newConfusion = p.age > 80 && rng.nextDouble() < 0.04;
                int news = News2.score(rr, spo2, sbp, hr, temp, newConfusion);
                p.news = news;
                rep.observations++;
                String esc = News2.escalation(news);
                if (!esc.equals(p.escalation)) {
                    p.escalation = esc;
                    audit.record("ESCALATION", p);
                    audit.record("BED", b);
                }
            }
        }
    }
}
