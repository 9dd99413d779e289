import { MalformedProfileError, NotThisFormat, ProfileError, UnsupportedFormatError } from './errors';
import type { ImportContext, Importer } from './importer';
import { checkInputSize, decodeText, decompress, describeHead } from './input';
import { Limits, withLimits } from './limits';
import type { Profile } from './model';

export interface ImportOptions {
  /** The input's file name, used only to try the likely importer first. */
  fileName?: string;
  /** Force one format by name; the registry then tries nothing else. */
  format?: string;
  limits?: Partial<Limits>;
  onProgress?: (fraction: number) => void;
}

const HEAD_BYTES = 4096;

/**
 * Recognises a profile's format from its content and parses it. Importers are
 * tried in registration order, except that one whose extension matches the
 * file name goes first; "not this format" moves on, any other error stops.
 */
export class ImporterRegistry {
  private readonly importers: Importer[] = [];

  register(importer: Importer): this {
    if (this.importers.some((i) => i.format === importer.format)) {
      throw new Error(`an importer for ${importer.format} is already registered`);
    }
    this.importers.push(importer);
    return this;
  }

  get formats(): string[] {
    return this.importers.map((i) => i.format);
  }

  /**
   * The formats whose cheap content check accepts these (decompressed) first
   * bytes, best guess first: what an API can tell a client without parsing.
   * Empty means no importer recognises the content.
   */
  sniff(head: Uint8Array, fileName?: string): string[] {
    const h = head.subarray(0, HEAD_BYTES);
    const text = decodeText(h, false);
    return this.candidates({ fileName }).filter((i) => i.sniff(h, text)).map((i) => i.format);
  }

  import(input: Uint8Array, options: ImportOptions = {}): Profile {
    const limits = withLimits(options.limits);
    checkInputSize(input.length, limits);
    const data = decompress(input, limits);
    if (data.length === 0) throw new ProfileError('empty_profile', 'the input is empty after decompression');
    const head = data.subarray(0, HEAD_BYTES);
    const headText = decodeText(head, false);
    const ctx = this.context(data, limits, options);

    const rejected: string[] = [];
    for (const importer of this.candidates(options)) {
      if (!options.format && !importer.sniff(head, headText)) continue;
      try {
        return importer.parse(data, ctx);
      } catch (err) {
        if (!(err instanceof NotThisFormat)) throw err;
        rejected.push(`not ${importer.format}: ${err.reason}`);
      }
    }
    if (options.format && !this.importers.some((i) => i.format === options.format)) {
      throw new UnsupportedFormatError(`no importer named ${options.format} (known: ${this.formats.join(', ')})`);
    }
    const tried = rejected.length ? ` (${rejected.join('; ')})` : '';
    throw new UnsupportedFormatError(`${describeHead(data)}; expected one of ${this.formats.join(', ')}${tried}`);
  }

  private candidates(options: ImportOptions): Importer[] {
    if (options.format) return this.importers.filter((i) => i.format === options.format);
    const name = options.fileName?.toLowerCase().replace(/\.gz$/, '') ?? '';
    const hinted = this.importers.filter((i) => i.extensions.some((e) => name.endsWith(e)));
    return [...hinted, ...this.importers.filter((i) => !hinted.includes(i))];
  }

  private context(data: Uint8Array, limits: Limits, options: ImportOptions): ImportContext {
    let text: string | null | undefined;
    let json: { value: unknown } | { error: string } | undefined;
    const ctx: ImportContext = {
      limits,
      fileName: options.fileName,
      text: () => (text === undefined ? (text = decodeText(data)) : text),
      json: (format) => {
        if (json === undefined) {
          const t = ctx.text();
          if (t === null) json = { error: 'not valid text' };
          else {
            try {
              json = { value: JSON.parse(t) };
            } catch (err) {
              json = { error: `invalid JSON (${(err as Error).message})` };
            }
          }
        }
        if ('error' in json) throw new MalformedProfileError(format, json.error);
        return json.value;
      },
      progress: (f) => options.onProgress?.(f),
    };
    return ctx;
  }
}
