import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildSarif, renderSarif, type Report, type SourceOptions } from '@hotpath/report';
import { HANDLER_TS, hostileReport, ROOT, sampleReport } from './report.fixture';

/** The official schema, shared beside the repository (STACK.md); not vendored, not downloaded. */
const SCHEMA = resolve(ROOT, '..', 'shared', 'schemas', 'sarif-2.1.0.json');
const hasSchema = existsSync(SCHEMA);
const SHA = '0123456789abcdef0123456789abcdef01234567';
const SOURCE: SourceOptions = {
  repo: 'acme/shop',
  commit: SHA,
  resolveFrame: (f) => (f.startsWith('/srv/app/') && !f.includes('node_modules') ? f.slice('/srv/app/'.length) : null),
};

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
}

/** Applies a SARIF replacement (1-based line/column region) to a text. */
function applyReplacement(textIn: string, r: { deletedRegion: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number }; insertedContent?: { text: string } }): string {
  const lines = textIn.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((s, l) => s + l.length + 1, 0) + column - 1;
  const d = r.deletedRegion;
  const start = offset(d.startLine, d.startColumn ?? 1);
  const end = offset(d.endLine ?? d.startLine, d.endColumn ?? 1);
  return textIn.slice(0, start) + (r.insertedContent?.text ?? '') + textIn.slice(end);
}

describe('renderSarif', () => {
  describe.skipIf(!hasSchema)('against the SARIF 2.1.0 JSON schema (../shared/schemas)', () => {
    const validate = hasSchema ? validator() : () => true;
    const cases: [string, Report, SourceOptions | undefined][] = [
      ['a located report with links', sampleReport(), SOURCE],
      ['a report with no source (one finding unplaced)', sampleReport(), undefined],
      ['a report with no findings', sampleReport({ findings: [] }), SOURCE],
      ['a hostile report', hostileReport(), SOURCE],
    ];
    it.each(cases)('is valid: %s', (_name, report, source) => {
      const log = JSON.parse(renderSarif(report, { source, toolVersion: '0.1.0' }));
      const ok = validate(log);
      expect((validate as { errors?: unknown }).errors ?? null, JSON.stringify((validate as { errors?: unknown }).errors, null, 2)).toBeNull();
      expect(ok).toBe(true);
    });

    it('catches a broken log (the validation is real)', () => {
      const log = buildSarif(sampleReport(), { source: SOURCE }) as unknown as { runs: { results: { level: string }[] }[] };
      log.runs[0].results[0].level = 'fatal';
      expect(validate(log)).toBe(false);
    });
  });

  it('describes each rule once, with its help text and level', () => {
    const report = sampleReport();
    report.findings.push({ ...report.findings[0] });
    const run = buildSarif(report, { source: SOURCE }).runs[0];
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['node.aws-sdk-client-per-call', 'node.json-parse-in-loop']);
    const [rule] = run.tool.driver.rules;
    expect(rule.shortDescription.text).toBe('AWS SDK client constructed on every call');
    expect(rule.help.text).toContain('Fix: Create the client once at module scope');
    expect(rule.defaultConfiguration.level).toBe('error');
    expect(rule.properties.tags).toEqual(['performance', 'client-construction-in-hot-path']);
    expect(run.results.map((r) => r.ruleIndex)).toEqual([0, 1, 0]);
  });

  it('gives each result a physical location relative to the repository, and its stack', () => {
    const run = buildSarif(sampleReport(), { source: { ...SOURCE, locationRoot: 'services/api' } }).runs[0];
    expect(run.results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'services/api/src/handler.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: 18, startColumn: 14 },
    });
    // No location: the innermost frame that resolves in the repository.
    expect(run.results[1].locations[0].physicalLocation?.artifactLocation.uri).toBe('dist/handler.js');
    const frames = run.results[0].stacks![0].frames;
    expect(frames.map((f) => f.location.logicalLocations![0].name)).toEqual(['S3Client', 'handle', 'main']);
    expect(frames[1].location.physicalLocation?.artifactLocation.uri).toBe('dist/handler.js');
    expect(frames[0].location.physicalLocation).toBeUndefined();
    expect(run.versionControlProvenance).toEqual([{ repositoryUri: 'https://github.com/acme/shop', revisionId: SHA, mappedTo: { uriBaseId: '%SRCROOT%' } }]);
  });

  it('builds fixes from the patch that turn the file into the patched one', () => {
    const [result] = buildSarif(sampleReport(), { source: SOURCE }).runs[0].results;
    expect(result.fixes).toHaveLength(1);
    const [change] = result.fixes![0].artifactChanges;
    expect(change.artifactLocation.uri).toBe('src/handler.ts');
    expect(change.replacements[0].deletedRegion).toEqual({ startLine: 15, startColumn: 1, endLine: 20, endColumn: 1 });
    const patched = applyReplacement(HANDLER_TS + '\n', change.replacements[0]);
    expect(patched.split('\n').slice(14)).toEqual([
      "import { S3Client } from '@aws-sdk/client-s3';",
      'const s3 = new S3Client({});',
      '',
      'export async function handle(req) {',
      '  return s3.send(req);',
      '}',
      '',
    ]);
  });

  it('lists findings it cannot place in the repository instead of writing results code scanning would reject', () => {
    // Without a resolver only the resolved location (relative to the repository's top) places a finding.
    const run = buildSarif(sampleReport()).runs[0];
    expect(run.results.map((r) => r.ruleId)).toEqual(['node.aws-sdk-client-per-call']);
    expect(run.tool.driver.rules).toHaveLength(2);
    expect(run.properties['hotpath/unplaced']).toEqual([{ ruleId: 'node.json-parse-in-loop', title: 'JSON parsed repeatedly', function: 'parse' }]);
    for (const r of buildSarif(sampleReport(), { source: SOURCE }).runs[0].results) expect(r.locations[0].physicalLocation).toBeDefined();
  });

  it('keeps fingerprints stable when the code moves down the file', () => {
    const a = buildSarif(sampleReport(), { source: SOURCE }).runs[0].results[0];
    const moved = sampleReport();
    moved.findings[0].location = { ...moved.findings[0].location!, line: 40 };
    const b = buildSarif(moved, { source: SOURCE }).runs[0].results[0];
    expect(b.partialFingerprints).toEqual(a.partialFingerprints);
  });
});
