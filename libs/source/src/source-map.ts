import { decodedMappings, GREATEST_LOWER_BOUND, LEAST_UPPER_BOUND, originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { SourceError } from './errors';

/** Maps bigger than this are not read (a bundle's map is a few MB; anything larger is not one we should parse per request). */
export const MAX_SOURCE_MAP_BYTES = 32 * 1024 * 1024;

/** A position in an original source, as the map names it (resolved against the map's own location). */
export interface MappedPosition {
  source: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/**
 * The `sourceMappingURL` a generated file names in its last comment, or null.
 * Only the file's tail is searched: the comment is the last thing compilers
 * and bundlers write, and a string in the code must not be taken for it.
 */
export function sourceMapReference(text: string): string | null {
  const at = text.lastIndexOf('sourceMappingURL=');
  if (at < 4) return null;
  const prefix = text.slice(text.lastIndexOf('\n', at) + 1, at);
  if (!/^\s*(?:\/\/|\/\*)[#@]\s*$/.test(prefix)) return null;
  // Nothing but whitespace (and the comment's close) may follow: it is the file's last comment.
  const m = /^([^\s'"*]+)\s*(?:\*\/)?\s*$/.exec(text.slice(at + 'sourceMappingURL='.length));
  return m ? m[1] : null;
}

/** The JSON of an inline `data:` map, or throws SourceError naming the generated file. */
export function decodeDataUrl(url: string, generated: string): string {
  const comma = url.indexOf(',');
  if (comma < 0) throw new SourceError('source-map', generated, 'inline source map data URL has no comma');
  const meta = url.slice(5, comma);
  const body = url.slice(comma + 1);
  if (body.length > (MAX_SOURCE_MAP_BYTES * 4) / 3) throw new SourceError('source-map', generated, `inline source map is larger than ${MAX_SOURCE_MAP_BYTES} bytes`);
  if (!/^application\/json/i.test(meta)) throw new SourceError('source-map', generated, `inline source map has media type ${JSON.stringify(meta)}, not application/json`);
  return /;base64$/i.test(meta) ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body);
}

/**
 * Parses a map. `mapPath` is where the map sits (tree-relative), so that its
 * `sources` resolve against it the way the spec says (sourceRoot, then the
 * map's directory).
 */
export function parseSourceMap(json: string, mapPath: string, generated: string): TraceMap {
  if (json.length > MAX_SOURCE_MAP_BYTES) throw new SourceError('source-map', generated, `source map is larger than ${MAX_SOURCE_MAP_BYTES} bytes`);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new SourceError('source-map', generated, `source map is not JSON (${(err as Error).message})`);
  }
  if (!raw || typeof raw !== 'object' || (raw as { version?: unknown }).version !== 3) {
    throw new SourceError('source-map', generated, 'source map is not a version 3 map');
  }
  const { mappings, sources, sections } = raw as { mappings?: unknown; sources?: unknown; sections?: unknown };
  if (sections !== undefined) throw new SourceError('source-map', generated, 'indexed (sectioned) source maps are not supported');
  if (typeof mappings !== 'string' || !Array.isArray(sources)) throw new SourceError('source-map', generated, 'source map has no mappings or sources');
  try {
    return new TraceMap(raw as ConstructorParameters<typeof TraceMap>[0], mapPath);
  } catch (err) {
    throw new SourceError('source-map', generated, `source map does not decode (${(err as Error).message})`);
  }
}

/**
 * The original position of a generated line (1-based) and, when the profile
 * has it, column (1-based). Without a column the first mapped segment of the
 * line is taken: compilers map a statement's first token, which is the line
 * a person reads as "that line".
 */
export function originalPosition(map: TraceMap, line: number, column?: number): MappedPosition | null {
  if (column !== undefined && column > 0) {
    for (const bias of [GREATEST_LOWER_BOUND, LEAST_UPPER_BOUND] as const) {
      const p = originalPositionFor(map, { line, column: column - 1, bias });
      if (p.source !== null && p.line !== null && p.column !== null) return { source: p.source, line: p.line, column: p.column + 1 };
    }
    return null;
  }
  const segments = decodedMappings(map)[line - 1];
  if (!segments) return null;
  for (const s of segments) {
    if (s.length < 4) continue;
    const [, index, line0, column0] = s as [number, number, number, number];
    const source = map.resolvedSources[index];
    if (source != null) return { source, line: line0 + 1, column: column0 + 1 };
  }
  return null;
}

/**
 * Every original line (1-based, ascending) that one generated line maps to in
 * `source`. A compiler may join several source lines into one generated line
 * (tsc emits an arrow-function class property and its body's first statement
 * together); a profile without columns then cannot say which one ran.
 */
export function originalLines(map: TraceMap, line: number, source: string): number[] {
  const lines = new Set<number>();
  for (const s of decodedMappings(map)[line - 1] ?? []) {
    if (s.length < 4) continue;
    const [, index, line0] = s as [number, number, number, number];
    if (map.resolvedSources[index] === source) lines.add(line0 + 1);
  }
  return [...lines].sort((a, b) => a - b);
}
