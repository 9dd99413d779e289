package ropeway;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Replays a summer operating season day by day: wear, inspections, findings, repairs, rope tests. */
public final class MaintenanceSeason {
    private static final String[] CREWS = {"Team Nord", "Team Sued", "Team Berg", "Team Tal", "Seilerei"};
    private static final int[] CMS_HOURS = {0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22};

    private final Fleet fleet;
    private final WorkOrderBook book = new WorkOrderBook();
    private final AuditTrail audit;
    private final ReportFormatter formatter = new ReportFormatter();
    private final SplittableRandom rng;
    private final LocalDate start;
    private final int days;
    private final double crewHoursPerDay;

    final List<RopeScanner.Result> ropeFindings = new ArrayList<>();
    int historicOrders;
    long inspections;
    long findings;
    long bulletinChars;
    int repairs;
    double repairLagDays;
    List<String> lastBulletin = List.of();

    public MaintenanceSeason(Fleet fleet, AuditTrail audit, LocalDate start, int days, double crewHoursPerDay, long seed) {
        this.fleet = fleet;
        this.audit = audit;
        this.start = start;
        this.days = days;
        this.crewHoursPerDay = crewHoursPerDay;
        this.rng = new SplittableRandom(seed);
    }

    public WorkOrderBook book() { return book; }

    public void run() {
        book.loadHistory(fleet.assets, start, 1, rng);
        historicOrders = book.size();
        for (int d = 0; d < days; d++) {
            LocalDate date = start.plusDays(d);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            double load = weekend ? 1.6 : 1.0;
            for (Asset a : fleet.assets) {
                a.trueValue += a.wearRate * load * (0.6 + 0.8 * rng.nextDouble());
            }

            List<Finding> found = new ArrayList<>();
            for (Asset a : fleet.assets) {
                if (a.component == Component.SHEAVE_BEARING) {
                    for (int h : CMS_HOURS) {
                        inspect(a, d, date.atTime(h, 0), "CMS", true, found);
                    }
                } else if ((a.tower + d) % 5 == 0) {
                    String crew = CREWS[Math.floorMod(a.tower + a.line.hashCode(), CREWS.length)];
                    inspect(a, d, date.atTime(LocalTime.of(7 + a.assembly % 9, (a.id * 7) % 60)), crew, false, found);
                }
            }

            findings += found.size();
            List<WorkOrder> filed = book.fileFindings(found, date);
            List<String> bulletin = new ArrayList<>(found.size() + 1);
            for (int i = 0; i < found.size(); i++) {
                Finding f = found.get(i);
                bulletin.add(formatter.findingLine(f.inspection(), filed.get(i), f.daysToLimit()));
            }

            for (WorkOrder o : book.planDay(date, weekend ? crewHoursPerDay / 2 : crewHoursPerDay)) {
                Asset a = fleet.assets.get(o.assetId - 1);
                a.trueValue = Fleet.freshValue(a.component) + rng.nextDouble(0.3);
                a.resetHistory();
                o.state = WorkOrder.State.DONE;
                o.closed = date;
                repairs++;
                repairLagDays += date.toEpochDay() - o.raised.toEpochDay();
            }

            for (RopeScanner rope : fleet.ropes) {
                rope.age(rng, load);
            }
            if (d % 5 == 0) {
                for (RopeScanner rope : fleet.ropes) {
                    RopeScanner.Result r = rope.scan(rng);
                    if (r.discard() || r.worstCluster() >= RopeScanner.DISCARD_WIRES_6D / 2) {
                        ropeFindings.add(r);
                        audit.note("MRT " + r.line() + ": " + r.worstCluster() + " wire breaks within 6d at "
                                + Math.round(r.worstClusterAtM()) + " m");
                    }
                }
            }
            bulletin.add(0, ReportFormatter.dayHeader(date, bulletin.size(), book.size()));
            for (String s : bulletin) bulletinChars += s.length() + 1;
            lastBulletin = bulletin;
        }
    }

    private void inspect(Asset a, int day, LocalDateTime at, String crew, boolean sensor, List<Finding> found) {
        double value = Math.max(0, a.trueValue + rng.nextGaussian() * Fleet.noise(a.component));
        Inspection in = new Inspection(a, at, value, crew, sensor);
        inspections++;
        a.record(day + at.getHour() / 24.0, value);
        if (!sensor) {
            audit.record(in);
        }

        double daysToLimit = Double.POSITIVE_INFINITY;
        double[] trend = a.trend();
        if (trend != null && trend[0] > 1e-6) {
            double now = trend[0] * day + trend[1];
            daysToLimit = Math.max(0, (a.component.limit() - now) / trend[0]);
        }
        Component c = a.component;
        if (value < c.warnLevel() && daysToLimit > 21) {
            return;
        }
        WorkOrder.Priority p = value >= c.limit() ? WorkOrder.Priority.IMMEDIATE
                : daysToLimit < 7 ? WorkOrder.Priority.SOON : WorkOrder.Priority.ROUTINE;
        found.add(new Finding(in, p, daysToLimit));
    }
}
