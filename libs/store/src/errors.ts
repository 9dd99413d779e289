/**
 * Typed store errors. `code` is stable so the API can map it to a status
 * (invalid_argument → 400, conflict → 409) without matching messages.
 */
export type StoreErrorCode = 'invalid_argument' | 'conflict' | 'migration_failed' | 'blob_not_found';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
