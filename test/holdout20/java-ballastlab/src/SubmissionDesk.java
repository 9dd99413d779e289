package org.ballastlab;

/** Front desk of the lab: authenticates the inspector, registers and evaluates the sample. */
final class SubmissionDesk {

    record Receipt(String sampleId, boolean accepted, Verdict verdict, int revision) {
    }

    private final InspectorRegistry inspectors;
    private final SampleStore store;
    private final AuditTrail audit;
    private final ComplianceEvaluator evaluator;

    SubmissionDesk(InspectorRegistry inspectors, SampleStore store, AuditTrail audit, ComplianceEvaluator evaluator) {
        this.inspectors = inspectors;
        this.store = store;
        this.audit = audit;
        this.evaluator = evaluator;
    }

    Receipt handle(Submission s) {
        if (!inspectors.authenticate(s.inspectorId(), s.pin())) {
            return new Receipt(s.sample().sampleId, false, null, 0);
        }
        SampleRecord previous = store.get(s.sample().sampleId);
        SampleRecord working = SampleStore.copyOf(s.sample());
        working.inspectorId = s.inspectorId();
        working.revision = previous == null ? 1 : previous.revision + 1;
        evaluator.evaluate(working);
        audit.recordRevision(previous, working);
        store.put(working);
        return new Receipt(working.sampleId, true, working.verdict, working.revision);
    }
}
