import { Inject, Injectable } from '@nestjs/common';
import type { AnalyzeQueue } from '@hotpath/jobs';
import { type BlobStore, profileBlobKey, type ReportRow, type Store, StoreError } from '@hotpath/store';
import type { IncomingMessage } from 'node:http';
import { readProfileBody } from './body/profile-body';
import type { ApiConfig } from './config';
import { postgres, redis } from './dependency';
import { BLOBS, CONFIG, QUEUE, STORE } from './deps';
import { ApiError, badRequest } from './errors';

export interface Submission {
  service: string;
  format?: string;
  sampleType?: string;
  commit?: string;
  repo?: string;
  pr?: number;
  labels?: Record<string, string>;
}

export interface Accepted {
  id: string;
  report: string;
  status: ReportRow['status'];
  /** False when these bytes were already submitted for this service: the existing report is returned. */
  created: boolean;
}

/**
 * Accepting a profile: validate cheaply, keep the bytes, record the rows,
 * queue the job. The order is what keeps a profile from being lost when
 * Redis is away: the blob and the `queued` report row are written first, so
 * a failed enqueue answers 503 and is repaired either by the client's retry
 * (same digest → same report, enqueued again under the same job id) or by
 * the requeue sweep once Redis is back.
 */
@Injectable()
export class SubmissionsService {
  constructor(
    @Inject(CONFIG) private readonly config: ApiConfig,
    @Inject(STORE) private readonly store: Store,
    @Inject(BLOBS) private readonly blobs: BlobStore,
    @Inject(QUEUE) private readonly queue: AnalyzeQueue,
  ) {}

  private uploads = 0;

  async submit(tenantId: string, req: IncomingMessage, s: Submission): Promise<Accepted> {
    if (this.uploads >= this.config.maxConcurrentUploads) {
      throw new ApiError(503, 'unavailable', `the API is reading ${this.uploads} submissions already; retry shortly`, { 'Retry-After': '1' });
    }
    this.uploads++;
    try {
      return await this.accept(tenantId, req, s);
    } finally {
      this.uploads--;
    }
  }

  private async accept(tenantId: string, req: IncomingMessage, s: Submission): Promise<Accepted> {
    const body = await readProfileBody(req, this.config, s.format);
    const blobKey = profileBlobKey(tenantId, body.digest);
    // Same tenant and content → same key: rewriting it is idempotent, so no existence check is needed.
    await this.blobs.put(blobKey, body.bytes);
    const { profile, report, created } = await postgres(() =>
      this.store
        .submitProfile(
          {
            tenantId,
            service: s.service,
            digest: body.digest,
            blobKey,
            // Only a format the client named: the worker forces it, and otherwise lets the content decide.
            format: s.format,
            bytes: body.bytes.length,
            commit: s.commit,
            repo: s.repo,
            pr: s.pr,
            labels: s.labels,
          },
          s.sampleType,
        )
        .catch(storeArgument),
    );
    if (report.status === 'queued' || report.status === 'running') {
      await redis(() => this.queue.enqueueAnalyze({ tenantId, profileId: profile.id, reportId: report.id, sampleType: s.sampleType }, { service: profile.service, digest: body.digest }));
    }
    return { id: report.id, report: `/v1/reports/${report.id}`, status: report.status, created };
  }
}

/** The store validates names and labels; its refusal is the client's 400. */
export function storeArgument(err: unknown): never {
  if (err instanceof StoreError && err.code === 'invalid_argument') throw badRequest(err.message);
  throw err;
}
