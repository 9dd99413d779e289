/**
 * Source text by the file name a profile records and a 1-based line. The
 * resolver of a checked-out tree (path suffixes, source maps) is
 * `SourceResolver` in libs/source; fixtures give their source inline.
 */
export interface SourceProvider {
  line(file: string, line: number): string | null;
}

/** Source given inline (rule fixtures): file name → text. */
export class InlineSource implements SourceProvider {
  constructor(private readonly files: Record<string, string>) {}

  line(file: string, line: number): string | null {
    const text = this.files[file];
    return text === undefined ? null : (text.split(/\r?\n/)[line - 1] ?? null);
  }
}
