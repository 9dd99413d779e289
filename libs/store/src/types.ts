/**
 * The store's contract, shared by the API (reads, submissions) and the
 * workers (results). Every call that touches tenant data takes the tenant id
 * and filters by it in SQL: there is no unscoped read.
 */

export interface Tenant {
  id: string;
  name: string;
  createdAt: Date;
}

export interface ProfileRow {
  id: string;
  tenantId: string;
  service: string;
  /** sha256 of the raw (decompressed) profile bytes, hex. */
  digest: string;
  /** Key in the blob store. */
  blobKey: string;
  format?: string;
  bytes: number;
  commit?: string;
  repo?: string;
  pr?: number;
  labels: Record<string, string>;
  receivedAt: Date;
}

export type ReportStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ReportRow {
  id: string;
  tenantId: string;
  profileId: string;
  service: string;
  status: ReportStatus;
  /** The canonical report JSON (libs/report's Report) once done. */
  report?: unknown;
  /** For failed: a stable reason code (malformed_profile, unsupported_format, profile_too_large, internal) and a message. */
  errorCode?: string;
  errorMessage?: string;
  attempts: number;
  createdAt: Date;
  finishedAt?: Date;
}

export interface FindingRow {
  id: string;
  tenantId: string;
  reportId: string;
  service: string;
  ruleId: string;
  category: string;
  detector: string;
  severity: string;
  share: number;
  value: number;
  file?: string;
  line?: number;
  function?: string;
  createdAt: Date;
}

export interface TimeRange {
  from?: Date;
  to?: Date;
  limit?: number;
}

/** Where raw profile bytes live (a directory by default; S3 or similar behind the same calls). */
export interface BlobStore {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
}
