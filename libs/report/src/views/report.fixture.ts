// Reports for the views' tests (not built: tsconfig leaves *.fixture.ts out).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CallTree, selectSampleType } from '@hotpath/analysis';
import { importProfile } from '@hotpath/profile';
import { buildReport, type FlameGraphNode, type Finding, type Report, type StackFrame } from '@hotpath/report';

export const ROOT = resolve(__dirname, '..', '..', '..', '..');

const node = (name: string, file: string, line: number, self: number, children: FlameGraphNode[] = []): FlameGraphNode => ({
  name,
  file,
  line,
  self,
  total: self + children.reduce((s, c) => s + c.total, 0),
  children,
});

export const PATCH = `--- a/src/handler.ts
+++ b/src/handler.ts
@@ -15,5 +15,5 @@
 import { S3Client } from '@aws-sdk/client-s3';
+const s3 = new S3Client({});
 
 export async function handle(req) {
-  const s3 = new S3Client({});
   return s3.send(req);
`;

export const HANDLER_TS = [
  ...Array.from({ length: 14 }, (_, i) => `// line ${i + 1}`),
  "import { S3Client } from '@aws-sdk/client-s3';",
  '',
  'export async function handle(req) {',
  '  const s3 = new S3Client({});',
  '  return s3.send(req);',
  '}',
].join('\n');

const MAIN: StackFrame = { function: 'main', file: '/srv/app/dist/server.js', line: 10 };
const HANDLE: StackFrame = { function: 'handle', file: '/srv/app/dist/handler.js', line: 20 };
const S3: StackFrame = { function: 'S3Client', file: '/srv/app/node_modules/@aws-sdk/client-s3/dist-cjs/index.js', line: 100 };

/** A small report with every field a view shows: a located finding with a patch and a cost, one with only a stack. */
export function sampleReport(overrides: Partial<Report> = {}): Report {
  const findings: Finding[] = [
    {
      ruleId: 'node.aws-sdk-client-per-call',
      category: 'client-construction-in-hot-path',
      detector: 'rule',
      confidence: 0.97,
      severity: 'high',
      title: 'AWS SDK client constructed on every call',
      impact: { share: 0.5, value: 500_000_000, unit: 'nanoseconds' },
      stack: [MAIN, HANDLE, S3],
      location: { file: 'src/handler.ts', line: 18, column: 14, function: 'handle' },
      blame: HANDLE,
      cost: { cpuSecondsPerSecond: 0.05, monthly: { fleetSize: 3, coreHours: 109.5, usd: 4.65, kWh: 1.3, co2Tonnes: 0.0005 } },
      explanation: 'Constructing a client resolves credentials and builds middleware each time.',
      recommendation: 'Create the client once at module scope and reuse it.',
      patch: PATCH,
    },
    {
      ruleId: 'node.json-parse-in-loop',
      category: 'serialization-overhead',
      detector: 'model',
      confidence: 0.6,
      severity: 'low',
      title: 'JSON parsed repeatedly',
      impact: { share: 0.3, value: 300_000_000, unit: 'nanoseconds' },
      stack: [MAIN, HANDLE, { function: 'parse', file: '', line: 0 }],
      explanation: 'Parsing the same document again and again.',
      recommendation: 'Parse once.',
    },
  ];
  return {
    schemaVersion: 1,
    profile: {
      format: 'pprof',
      sampleType: 'cpu',
      unit: 'nanoseconds',
      total: 1_000_000_000,
      samples: 100,
      durationNanos: 10_000_000_000,
      sampleTypes: ['cpu/nanoseconds'],
      warnings: [],
    },
    findings,
    hotspots: [
      { ...S3, self: 0.5, total: 0.5 },
      { function: 'parse', file: '', line: 0, self: 0.3, total: 0.3 },
      { ...MAIN, self: 0, total: 1 },
    ],
    hotStacks: [{ share: 0.5, value: 500_000_000, stack: [MAIN, HANDLE, S3] }],
    flameGraph: node('(root)', '', 0, 0, [
      node('main', MAIN.file, 10, 0, [
        node('handle', HANDLE.file, 20, 0, [node('S3Client', S3.file, 100, 500_000_000), node('parse', '', 0, 300_000_000)]),
        node('(other)', '', 0, 200_000_000),
      ]),
    ]),
    ...overrides,
  };
}

/** Strings a hostile profile could carry, each of which would run script if a view let it through as markup. */
export const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '</script><script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  "'><iframe src=javascript:window.__xss=4>",
  '<!--<script>window.__xss=5</script>',
  '\u2028</style><script>window.__xss=6</script>',
];

/** Every string of the sample report replaced by a payload. */
export function hostileReport(): Report {
  const r = sampleReport();
  const p = (i: number) => PAYLOADS[i % PAYLOADS.length];
  let k = 0;
  const frame = (f: StackFrame): StackFrame => ({ function: `${p(k++)}fn`, file: `/srv/app/${p(k++)}.js`, line: f.line });
  r.profile = { ...r.profile, format: p(0), sampleType: p(1), warnings: PAYLOADS };
  r.findings = r.findings.map((f) => ({
    ...f,
    ruleId: p(2),
    title: `${p(3)} title`,
    explanation: p(4),
    recommendation: p(5),
    stack: f.stack.map(frame),
    blame: f.blame && frame(f.blame),
    location: f.location && { ...f.location, file: `src/${p(0)}.ts`, function: p(1) },
    patch: f.patch && `--- a/x\n+++ b/x\n@@ -1,1 +1,1 @@\n-${p(2)}\n+${p(3)}\n`,
  }));
  r.hotspots = r.hotspots.map((h) => ({ ...h, ...frame(h) }));
  const rename = (n: FlameGraphNode): FlameGraphNode => ({ ...n, name: n.name === '(root)' ? n.name : `${p(k++)}${n.name}`, file: p(k++), children: n.children.map(rename) });
  r.flameGraph = rename(r.flameGraph!);
  // The findings' stacks follow the renamed graph, so their frames can still be highlighted.
  const path = (names: string[]) => {
    const out: StackFrame[] = [];
    let n = r.flameGraph!;
    for (const name of names) {
      n = n.children.find((c) => c.name.endsWith(name))!;
      out.push({ function: n.name, file: n.file, line: n.line });
    }
    return out;
  };
  r.findings[0].stack = path(['main', 'handle', 'S3Client']);
  return r;
}

export const ORDERS_PROFILE = resolve(ROOT, 'examples', 'orders-api', 'profiles', 'cpu.cpuprofile');
export const hasOrdersProfile = existsSync(ORDERS_PROFILE);

/**
 * The report of a real recorded profile (examples/orders-api) with its
 * flame graph, and one finding made by hand from its stack through
 * `pbkdf2Sync` (the rules are not this library's to run).
 */
export function ordersReport(): Report {
  const profile = importProfile(readFileSync(ORDERS_PROFILE), { fileName: ORDERS_PROFILE });
  const tree = new CallTree(profile, selectSampleType(profile), { granularity: 'line' });
  const base = buildReport(tree, [], { flameGraph: 2000 });
  const hot = base.hotStacks.find((s) => s.stack.some((f) => f.function === 'pbkdf2Sync'));
  if (!hot) throw new Error('the orders-api profile has no stack through pbkdf2Sync');
  const i = hot.stack.findIndex((f) => f.function === 'pbkdf2Sync');
  const stack = hot.stack.slice(0, i + 1);
  const finding: Finding = {
    ruleId: 'node.pbkdf2-sync-on-request-path',
    category: 'sync-crypto-on-request-path',
    detector: 'rule',
    confidence: 0.95,
    severity: 'high',
    title: 'Synchronous key derivation on the request path',
    impact: { share: hot.share, value: hot.value, unit: base.profile.unit },
    stack,
    blame: stack[i - 1],
    explanation: 'pbkdf2Sync blocks the event loop.',
    recommendation: 'Use crypto.pbkdf2 and cache per key.',
  };
  return { ...base, findings: [finding] };
}
