/** What went wrong reading a source tree, with the file it went wrong on. */
export type SourceErrorKind = 'source-map' | 'file-too-large' | 'tree-too-large' | 'not-a-directory' | 'parse';

/**
 * A typed failure of the locate stage. The pipeline turns it into a report
 * warning for the one finding it concerns; it never fails the analysis.
 */
export class SourceError extends Error {
  constructor(
    readonly kind: SourceErrorKind,
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'SourceError';
  }
}
