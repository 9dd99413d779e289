package ropeway;

/** An inspection result that needs the maintenance department's attention. */
public record Finding(Inspection inspection, WorkOrder.Priority priority, double daysToLimit) {
    public Asset asset() { return inspection.asset(); }
}
