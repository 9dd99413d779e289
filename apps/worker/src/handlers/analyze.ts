import { UnrecoverableError } from 'bullmq';
import type { JobPayloads, JobResults } from '@hotpath/jobs';
import { analyzeProfiles } from '@hotpath/pipeline';
import { defaultRegistry, importProfile, type Limits, ProfileError } from '@hotpath/profile';
import { type BlobStore, type Store, StoreError } from '@hotpath/store';
import type { JobContext } from '../registry';

export interface AnalyzeDeps {
  store: Store;
  blobs: BlobStore;
  limits: Limits;
  /** Flame-graph nodes kept with the stored report for the API's HTML view; 0 for none. */
  flameGraphNodes?: number;
}

/**
 * Fails the job for good, with a reason code the API returns (422 for
 * profile errors). The code leads the message in brackets because the error
 * crosses a thread boundary as plain JSON.
 */
async function fail(deps: AnalyzeDeps, data: JobPayloads['analyze'], code: string, message: string): Promise<never> {
  await deps.store.failReport(data.tenantId, data.reportId, code, message);
  throw new UnrecoverableError(`[${code}] ${message}`);
}

/**
 * Analyses one stored profile. Idempotent: a report that is already done or
 * failed is skipped, so a redelivered job (a stalled worker's, a duplicate)
 * costs one query. Store and blob errors are thrown as they are and retried
 * with back-off; anything the profile itself causes fails at once.
 */
export function analyzeHandler(deps: AnalyzeDeps) {
  return async (data: JobPayloads['analyze'], _ctx: JobContext): Promise<JobResults['analyze']> => {
    const t0 = performance.now();
    const claimed = await deps.store.markReportRunning(data.tenantId, data.reportId);
    if (!claimed) return { reportId: data.reportId, outcome: 'skipped' };
    // The report row, not the job's payload, says which profile and sample type: the store is the record.
    const profile = await deps.store.getProfile(data.tenantId, claimed.profileId);
    if (!profile) return fail(deps, data, 'internal', `profile ${claimed.profileId} of report ${data.reportId} does not exist`);
    let bytes: Buffer;
    try {
      bytes = await deps.blobs.get(profile.blobKey);
    } catch (err) {
      if (err instanceof StoreError && err.code === 'blob_not_found') return fail(deps, data, 'internal', `the raw profile (${profile.blobKey}) is missing from the blob store`);
      throw err;
    }
    const t1 = performance.now();
    let report;
    try {
      // A format the client named at submission is forced; otherwise the content decides.
      const format = profile.format && defaultRegistry.formats.includes(profile.format) ? profile.format : undefined;
      const parsed = importProfile(bytes, { limits: deps.limits, format });
      report = await analyzeProfiles([parsed], { sampleType: claimed.sampleType, flameGraph: deps.flameGraphNodes || undefined });
    } catch (err) {
      if (err instanceof ProfileError) return fail(deps, data, err.code, err.message);
      // The pipeline is deterministic: what failed on these bytes would fail again, so no retry.
      return fail(deps, data, 'internal', `analysis failed: ${(err as Error).message}`);
    }
    const t2 = performance.now();
    await deps.store.completeReport(data.tenantId, data.reportId, report);
    const t3 = performance.now();
    const ms = (a: number, b: number) => Math.round(b - a);
    return { reportId: data.reportId, outcome: 'done', findings: report.findings.length, ms: { load: ms(t0, t1), analyze: ms(t1, t2), store: ms(t2, t3) } };
  };
}
