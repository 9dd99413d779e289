package ropeway;

import java.time.LocalDate;

/** A maintenance work order raised against one asset. */
public final class WorkOrder {
    public enum Priority { ROUTINE, SOON, IMMEDIATE }
    public enum State { OPEN, SCHEDULED, DONE }

    final int number;
    final int assetId;
    final String line;
    final int tower;
    final Component component;
    final LocalDate raised;
    Priority priority;
    State state = State.OPEN;
    LocalDate due;
    LocalDate closed;
    double lastValue;
    int updates;

    WorkOrder(int number, Asset asset, LocalDate raised, Priority priority, LocalDate due, double value) {
        this.number = number;
        this.assetId = asset.id;
        this.line = asset.line;
        this.tower = asset.tower;
        this.component = asset.component;
        this.raised = raised;
        this.priority = priority;
        this.due = due;
        this.lastValue = value;
    }

    boolean isOpen() {
        return state != State.DONE;
    }
}
