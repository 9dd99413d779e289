import { UnrecoverableError } from 'bullmq';
import type { JobName, JobPayloads, JobResults } from '@hotpath/jobs';

/** What a handler may know about the delivery it is running in. */
export interface JobContext {
  jobId: string;
  /** Attempts already made before this one. */
  attemptsMade: number;
  maxAttempts: number;
}

export type Handler<N extends JobName> = (data: JobPayloads[N], ctx: JobContext) => Promise<JobResults[N]>;

/** One handler per job name; a job with a name no handler claims fails at once instead of retrying. */
export class HandlerRegistry {
  private readonly handlers = new Map<string, Handler<JobName>>();

  register<N extends JobName>(name: N, handler: Handler<N>): this {
    if (this.handlers.has(name)) throw new Error(`a handler for ${name} is already registered`);
    this.handlers.set(name, handler as unknown as Handler<JobName>);
    return this;
  }

  get names(): string[] {
    return [...this.handlers.keys()];
  }

  dispatch(name: string, data: unknown, ctx: JobContext): Promise<unknown> {
    const handler = this.handlers.get(name);
    if (!handler) throw new UnrecoverableError(`[unknown_job] no handler for job type ${JSON.stringify(name)} (known: ${this.names.join(', ')})`);
    return handler(data as JobPayloads[JobName], ctx);
  }
}
