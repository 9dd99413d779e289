import { createHash } from 'node:crypto';

export interface AnalyzeKey {
  tenantId: string;
  /** The service the profile was submitted for: the same bytes sent for two services are two profiles. */
  service: string;
  /** sha256 of the profile's raw bytes, hex. */
  digest: string;
  sampleType?: string;
}

/**
 * The job id of an analysis: the same tenant, service, bytes and sample type
 * give the same id, and BullMQ ignores an `add` whose id exists, so a
 * resubmitted profile is not queued (or analysed) twice. Hashed because job
 * ids may not contain `:` and should not carry tenant names into Redis keys.
 */
export function analyzeJobId(key: AnalyzeKey): string {
  const h = createHash('sha256');
  for (const part of [key.tenantId, key.service, key.digest, key.sampleType ?? '']) h.update(part).update('\0');
  return `analyze-${h.digest('hex').slice(0, 40)}`;
}
