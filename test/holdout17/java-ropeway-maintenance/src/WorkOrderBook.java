package ropeway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/** The maintenance department's order book: every order raised this season, open or closed. */
public final class WorkOrderBook {
    private final Map<Integer, WorkOrder> orders = new LinkedHashMap<>();
    private int nextNumber = 24_0001;

    /**
     * Files the day's findings: a finding on an asset that already has an
     * open order updates that order, otherwise a new order is raised.
     * Returns the order each finding was filed under, in finding order.
     */
    public List<WorkOrder> fileFindings(List<Finding> findings, LocalDate date) {
        List<WorkOrder> filed = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Asset asset = f.asset();
            WorkOrder open = null;
            for (WorkOrder o : orders.values()) {
                if (o.isOpen() && o.assetId == asset.id && o.component == asset.component) {
                    open = o;
                    break;
                }
            }
            double value = f.inspection().value();
            WorkOrder.Priority p = f.priority();
            if (open == null) {
                long dueIn = p == WorkOrder.Priority.IMMEDIATE ? 0 : (long) Math.min(30, Math.max(1, f.daysToLimit() * 0.7));
                open = raise(asset, date, p, date.plusDays(dueIn), value);
            } else {
                open.updates++;
                open.lastValue = value;
                if (p.compareTo(open.priority) > 0) {
                    open.priority = p;
                    if (open.due.isAfter(date)) open.due = date;
                }
            }
            filed.add(open);
        }
        return filed;
    }

    /**
     * Loads the closed orders of earlier seasons from the maintenance archive
     * so that recurrence statistics cover the asset's whole life.
     */
    public void loadHistory(List<Asset> assets, LocalDate seasonStart, int seasons, java.util.SplittableRandom rng) {
        for (int s = seasons; s >= 1; s--) {
            LocalDate from = seasonStart.minusYears(s);
            for (Asset a : assets) {
                double expected = a.wearRate * 150 / Math.max(0.5, a.component.limit() - a.component.warnLevel());
                if (rng.nextDouble() < Math.min(0.9, expected * 0.15)) {
                    LocalDate raised = from.plusDays(rng.nextInt(150));
                    WorkOrder o = new WorkOrder(nextNumber++, a, raised, WorkOrder.Priority.ROUTINE,
                            raised.plusDays(14), a.component.warnLevel());
                    o.state = WorkOrder.State.DONE;
                    o.closed = raised.plusDays(1 + rng.nextInt(30));
                    orders.put(o.number, o);
                }
            }
        }
    }

    public WorkOrder raise(Asset asset, LocalDate day, WorkOrder.Priority priority, LocalDate due, double value) {
        WorkOrder o = new WorkOrder(nextNumber++, asset, day, priority, due, value);
        orders.put(o.number, o);
        return o;
    }

    /**
     * Picks the orders the crews will work today: most urgent first, then by
     * due date, limited by the crew-hours available.
     */
    public List<WorkOrder> planDay(LocalDate day, double crewHours) {
        Comparator<WorkOrder> urgency = Comparator
                .comparing((WorkOrder o) -> o.priority, Comparator.reverseOrder())
                .thenComparing(o -> o.due)
                .thenComparingInt(o -> o.number);
        PriorityQueue<WorkOrder> queue = new PriorityQueue<>(urgency);
        for (WorkOrder o : orders.values()) {
            if (o.state == WorkOrder.State.OPEN && !o.raised.isAfter(day)) {
                queue.add(o);
            }
        }
        List<WorkOrder> plan = new ArrayList<>();
        double left = crewHours;
        while (!queue.isEmpty()) {
            WorkOrder o = queue.poll();
            double h = effortHours(o.component);
            if (h > left) {
                if (o.priority != WorkOrder.Priority.IMMEDIATE) continue;
                if (left < h / 2) continue;
            }
            left -= h;
            o.state = WorkOrder.State.SCHEDULED;
            plan.add(o);
        }
        return plan;
    }

    static double effortHours(Component c) {
        switch (c) {
            case SHEAVE_LINER: return 3.5;
            case SHEAVE_BEARING: return 6.0;
            case RUBBER_DAMPER: return 2.0;
            case ANCHOR_BOLT: return 1.0;
            default: return 1.5;
        }
    }

    public int size() { return orders.size(); }

    public WorkOrder byNumber(int number) { return orders.get(number); }

    public Collection<WorkOrder> all() { return Collections.unmodifiableCollection(orders.values()); }

    public Map<Component, int[]> countsByComponent() {
        Map<Component, int[]> m = new EnumMap<>(Component.class);
        for (WorkOrder o : orders.values()) {
            int[] c = m.computeIfAbsent(o.component, k -> new int[3]);
            c[o.state.ordinal()]++;
        }
        return m;
    }
}
