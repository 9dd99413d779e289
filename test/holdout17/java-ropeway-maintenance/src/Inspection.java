package ropeway;

import java.time.LocalDateTime;

/** One measurement taken by the inspection crew or the condition-monitoring sensors. */
public record Inspection(Asset asset, LocalDateTime takenAt, double value, String crew, boolean sensor) {
}
