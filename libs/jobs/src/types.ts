/** The queue the API fills and the workers drain. */
export const ANALYZE_QUEUE = 'hotpath-analyze';

/** Job types and their payloads; a worker registers one handler per type. */
export interface JobPayloads {
  /** Analyse one stored profile and store its report and findings. */
  analyze: {
    tenantId: string;
    profileId: string;
    reportId: string;
    /** Sample type to analyse; the profile's default when absent. */
    sampleType?: string;
  };
}

export type JobName = keyof JobPayloads;

/** What each job type's handler returns (kept small: BullMQ stores it in Redis). */
export interface JobResults {
  analyze: {
    reportId: string;
    /** done: analysed now; skipped: the report was already done or failed (a redelivered or duplicate job). */
    outcome: 'done' | 'skipped';
    findings?: number;
    /** Where the time went: claiming and reading the profile, decoding and analysing it, storing the report. */
    ms?: { load: number; analyze: number; store: number };
  };
}
