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
  /** The sample type asked for; absent for the profile's default. */
  sampleType?: string;
  attempts: number;
  createdAt: Date;
  startedAt?: Date;
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
  confidence: number;
  title: string;
  share: number;
  value: number;
  unit: string;
  /** Where the finding points: its resolved source location, else the blamed frame, else the leaf of its stack. */
  file?: string;
  line?: number;
  function?: string;
  createdAt: Date;
}

export interface TimeRange {
  /** Inclusive lower bound on the row's time (received, created). */
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
  /** Rows to return, newest first: 1..1000, default 100. */
  limit?: number;
}

export interface Service {
  id: string;
  tenantId: string;
  name: string;
  createdAt: Date;
}

export interface TokenInfo {
  id: string;
  tenantId: string;
  label?: string;
  createdAt: Date;
  revokedAt?: Date;
}

/** What the API knows about a submitted profile once its bytes are in the blob store. */
export type NewProfile = Omit<ProfileRow, 'id' | 'receivedAt' | 'labels'> & { labels?: Record<string, string> };

export interface FindingFilter extends TimeRange {
  category?: string;
  ruleId?: string;
  file?: string;
  reportId?: string;
}

export interface ReportFilter extends TimeRange {
  status?: ReportStatus;
}

/**
 * The part of a report finding the store indexes (structurally the
 * `Finding` of @hotpath/report, which the store does not import).
 */
export interface FindingInput {
  ruleId: string;
  category: string;
  detector: string;
  confidence: number;
  severity: string;
  title: string;
  impact: { share: number; value: number; unit: string };
  stack: { function: string; file?: string; line?: number }[];
  location?: { file: string; line: number; function: string };
  blame?: { function: string; file?: string; line?: number };
}

/** Where raw profile bytes live (a directory by default; S3 or similar behind the same calls). */
export interface BlobStore {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
}

/** An unfinished report with what re-queueing its job needs (see Store.listUnfinishedReports). */
export interface UnfinishedReport {
  tenantId: string;
  reportId: string;
  profileId: string;
  service: string;
  digest: string;
  sampleType?: string;
  /** With reportId, where the next page starts (`after`). */
  createdAt: Date;
}

export interface ReportStats {
  status: Record<ReportStatus, number>;
  /** Failed reports by error code. */
  failures: Record<string, number>;
  /** Submit-to-report latency (finished − created) of done reports. */
  durationSeconds: { count: number; p50: number; p99: number };
}
