package org.ballastlab;

/** A sample submission as it arrives at the lab desk. */
public record Submission(String inspectorId, char[] pin, SampleRecord sample) {
}
