/** Redis could not be reached or refused the write: the API answers 503 and the client retries. */
export class QueueUnavailableError extends Error {
  readonly code = 'queue_unavailable';
  constructor(override readonly cause: Error) {
    super(`the job queue is unavailable: ${cause.message}`);
    this.name = new.target.name;
  }
}
