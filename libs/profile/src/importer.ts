import type { Limits } from './limits';
import type { Profile } from './model';

/** What an importer gets besides the bytes. Text and JSON are decoded once and shared. */
export interface ImportContext {
  readonly limits: Limits;
  readonly fileName?: string;
  /** The input as text (byte-order-mark aware), or null when it is not valid text. */
  text(): string | null;
  /**
   * The input parsed as JSON (parsed once for all JSON importers). Throws a
   * MalformedProfileError naming `format` when it is not valid JSON: call it
   * only once `sniff` has recognised the content as this format.
   */
  json(format: string): unknown;
  /** Called with the fraction of the input consumed, for progress bars. */
  progress(fraction: number): void;
}

/**
 * One profile format. `sniff` is a cheap look at the first bytes (already
 * decompressed); `parse` either returns a profile, throws `NotThisFormat` to
 * let the registry try the next importer, or throws a `ProfileError`
 * (malformed input, a crossed limit), which stops the search.
 */
export interface Importer {
  readonly format: string;
  /** File name endings that make this importer the first one tried. A hint only. */
  readonly extensions: readonly string[];
  sniff(head: Uint8Array, headText: string | null): boolean;
  parse(data: Uint8Array, ctx: ImportContext): Profile;
}
