import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importProfile, Limits, Profile, ProfileError, readProfileFile, readProfileStream, withLimits } from '@hotpath/profile';
import {
  buildReport,
  checkBaseUrl,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderSarif,
  renderText,
  Report,
  SEVERITIES,
  Severity,
  SourceOptions,
  useColor,
} from '@hotpath/report';
import { analyzeProfiles } from '@hotpath/pipeline';
import type { CostOptions } from '@hotpath/rules';
import { SourceResolver } from '@hotpath/source';
import { releaseMemory } from './memory';
import { Progress } from './progress';
import { sourceOptions } from './source-options';
import { UsageError } from './usage';

const FORMATS = ['text', 'json', 'markdown', 'sarif', 'html'] as const;
type Format = (typeof FORMATS)[number];

interface RenderContext {
  source?: SourceOptions;
  /** Colours and terminal hyperlinks: text to a terminal only. */
  color: boolean;
}

const RENDERERS: Record<Format, (r: Report, c: RenderContext) => string> = {
  text: (r, c) => renderText(r, { source: c.source, color: c.color }),
  json: (r) => renderJson(r),
  markdown: (r, c) => renderMarkdown(r, { source: c.source }),
  sarif: (r, c) => renderSarif(r, { source: c.source, toolVersion: toolVersion() }),
  html: (r, c) => renderHtml(r, { source: c.source }),
};

/** Nodes of the flame graph the HTML report carries (the JSON report has none: its contract is unchanged). */
const FLAME_GRAPH_NODES = 2000;

export interface AnalyzeOptions {
  files: string[];
  format: Format;
  output?: string;
  source?: string;
  /** --repo owner/name, --commit sha, --source-base-url: where source links point. */
  repo?: string;
  commit?: string;
  sourceBaseUrl?: string;
  sampleType?: string;
  failOn?: Severity;
  limits: Limits;
  rules: boolean;
  /** --no-model turns the stack classifier off; --model-threshold sets the probability it needs. */
  model: boolean;
  modelThreshold?: number;
  cost: CostOptions;
}

export function parseAnalyzeArgs(args: string[]): AnalyzeOptions {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      output: { type: 'string', short: 'o' },
      source: { type: 'string' },
      repo: { type: 'string' },
      commit: { type: 'string' },
      'source-base-url': { type: 'string' },
      'sample-type': { type: 'string' },
      'fail-on': { type: 'string' },
      'max-input-bytes': { type: 'string' },
      'max-decompressed-bytes': { type: 'string' },
      'max-samples': { type: 'string' },
      'max-stack-depth': { type: 'string' },
      'timeout-ms': { type: 'string' },
      'no-rules': { type: 'boolean', default: false },
      'no-model': { type: 'boolean', default: false },
      'model-threshold': { type: 'string' },
      'fleet-size': { type: 'string' },
      'price-per-core-hour': { type: 'string' },
      'watts-per-core': { type: 'string' },
      pue: { type: 'string' },
      'co2-tonnes-per-kwh': { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('analyze needs a profile file (or - for standard input)');
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format ${format} (one of ${FORMATS.join(', ')})`);
  const failOn = values['fail-on'] as Severity | undefined;
  if (failOn !== undefined && !SEVERITIES.includes(failOn)) throw new UsageError(`unknown --fail-on ${failOn} (one of ${SEVERITIES.join(', ')})`);
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  if (values.repo !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(values.repo)) {
    throw new UsageError(`--repo must be owner/name, not ${JSON.stringify(values.repo)}`);
  }
  if (values.commit !== undefined && !/^[0-9a-fA-F]{7,64}$/.test(values.commit)) {
    throw new UsageError(`--commit must be a commit sha (7 to 64 hex digits), not ${JSON.stringify(values.commit)}`);
  }
  let sourceBaseUrl: string | undefined;
  try {
    sourceBaseUrl = values['source-base-url'] === undefined ? undefined : checkBaseUrl(values['source-base-url']);
  } catch (err) {
    throw new UsageError(`--source-base-url: ${(err as Error).message}`);
  }
  return {
    files: positionals,
    format,
    output: values.output,
    source: values.source,
    repo: values.repo,
    commit: values.commit?.toLowerCase(),
    sourceBaseUrl,
    sampleType: values['sample-type'],
    failOn,
    limits: withLimits({
      maxInputBytes: positive(values['max-input-bytes'], '--max-input-bytes'),
      maxDecompressedBytes: positive(values['max-decompressed-bytes'], '--max-decompressed-bytes'),
      maxSamples: positive(values['max-samples'], '--max-samples'),
      maxStackDepth: positive(values['max-stack-depth'], '--max-stack-depth'),
      maxDecodeMillis: positive(values['timeout-ms'], '--timeout-ms'),
    }),
    rules: !values['no-rules'],
    model: !values['no-model'],
    modelThreshold: probability(values['model-threshold'], '--model-threshold'),
    cost: {
      fleetSize: positive(values['fleet-size'], '--fleet-size'),
      pricePerCoreHour: decimal(values['price-per-core-hour'], '--price-per-core-hour'),
      wattsPerCore: decimal(values['watts-per-core'], '--watts-per-core'),
      pue: decimal(values.pue, '--pue'),
      co2TonnesPerKWh: decimal(values['co2-tonnes-per-kwh'], '--co2-tonnes-per-kwh'),
    },
  };
}

function positive(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive integer, not ${JSON.stringify(v)}`);
  return n;
}

function probability(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw new UsageError(`${flag} must be a probability in (0, 1], not ${JSON.stringify(v)}`);
  return n;
}

function decimal(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag} must be a non-negative number, not ${JSON.stringify(v)}`);
  return n;
}

/** Thrown for a problem with one named input, so the message can name it. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    override readonly cause: Error,
  ) {
    super(`${file === '-' ? 'standard input' : file}: ${cause.message}`);
  }
}

export async function analyze(options: AnalyzeOptions): Promise<{ report: Report; exitCode: number }> {
  if (options.source !== undefined) await checkDirectory(options.source);
  const profiles: Profile[] = [];
  let inputBytes = 0;
  for (const file of options.files) {
    const { profile, bytes } = await load(file, options.limits);
    profiles.push(profile);
    inputBytes += bytes;
  }
  if (inputBytes >= LARGE_INPUT) releaseMemory();
  // One index of the tree serves the analysis and the views' links.
  const source = options.source !== undefined ? new SourceResolver(options.source) : undefined;
  let report: Report;
  try {
    report = await analyzeProfiles(profiles, {
      sampleType: options.sampleType,
      rules: options.rules,
      model: options.model,
      modelThreshold: options.modelThreshold,
      source,
      cost: options.cost,
      flameGraph: options.format === 'html' ? FLAME_GRAPH_NODES : undefined,
    });
  } catch (err) {
    // Sample-type selection and merging fail on what the inputs hold: name them.
    if (err instanceof ProfileError) throw new InputError(options.files.join(', '), err);
    throw err;
  }
  const context: RenderContext = {
    source: sourceOptions({ source: options.source, repo: options.repo, commit: options.commit, baseUrl: options.sourceBaseUrl }, source),
    color: !options.output && useColor({ isTTY: process.stdout.isTTY, env: process.env }),
  };
  const rendered = RENDERERS[options.format](report, context);
  if (options.output) await writeFile(options.output, rendered);
  else process.stdout.write(rendered);
  const failing = options.failOn && report.findings.some((f) => SEVERITIES.indexOf(f.severity) >= SEVERITIES.indexOf(options.failOn!));
  return { report, exitCode: failing ? 3 : 0 };
}

const LARGE_INPUT = 32 * 1024 * 1024;

async function load(file: string, limits: Limits): Promise<{ profile: Profile; bytes: number }> {
  try {
    let progress = new Progress(false);
    const bytes =
      file === '-'
        ? await readProfileStream(process.stdin, limits)
        : await readProfileFile(file, limits, (read, size) => {
            if (read === size) return;
            progress = Progress.for(size);
            progress.update('reading', read / size);
          });
    progress = Progress.for(bytes.length);
    const profile = importProfile(bytes, { fileName: file === '-' ? undefined : file, limits, onProgress: (f) => progress.update('decoding', f) });
    progress.done();
    return { profile, bytes: bytes.length };
  } catch (err) {
    throw new InputError(file, err as Error);
  }
}

let version: string | undefined;

/** The command's own version (its package.json), for the SARIF tool description. */
function toolVersion(): string | undefined {
  try {
    version ??= String(JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version);
  } catch {
    version = undefined;
  }
  return version;
}

async function checkDirectory(dir: string): Promise<void> {
  const s = await stat(dir).catch(() => null);
  if (!s?.isDirectory()) throw new UsageError(`--source ${dir} is not a directory`);
}
