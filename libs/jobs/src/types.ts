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
