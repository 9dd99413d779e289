import { describe, expect, it } from 'vitest';
import { CallTree } from '@hotpath/analysis';
import { detect, InlineSource, parseFixture, parseRule, Rule } from '@hotpath/rules';

/** A rule from a few fields, the rest filled in. */
function rule(id: string, match: object, extra: object = {}): Rule {
  const spec = {
    id,
    title: `title of ${id}`,
    category: 'serialization-overhead',
    severity: 'medium',
    runtimes: ['node'],
    threshold: 0.05,
    match,
    explanation: 'an explanation long enough for the schema',
    recommendation: 'a recommendation',
    ...extra,
  };
  return parseRule(JSON.stringify(spec), `${id}.yaml`);
}

function tree(stacks: [number, string[]][], sampleType = 'cpu/nanoseconds', durationNanos = 0): CallTree {
  const text = JSON.stringify({ sampleType, durationNanos, stacks: stacks.map(([weight, frames]) => ({ weight, frames })) });
  return new CallTree(parseFixture(text, 'test'), 0, { granularity: 'line' });
}

const APP = (name: string, line = 1) => `${name} @ /srv/app/src/${name}.js:${line}`;
const PARSE = 'parse @ node:internal/json:1';

describe('detect', () => {
  const jsonRule = rule('node.json', { frames: [{ name: 'parse', file: '^node:' }] });

  it('blames the nearest application frame and reports the share of the subtree', () => {
    const t = tree([
      [30, [APP('main'), APP('handler', 7), PARSE]],
      [70, [APP('main'), APP('other')]],
    ]);
    const [f, ...rest] = detect(t, [jsonRule]);
    expect(rest).toEqual([]);
    expect(f.ruleId).toBe('node.json');
    expect(f.impact.share).toBeCloseTo(0.3);
    expect(f.impact.value).toBe(30);
    expect(f.blame).toEqual({ function: 'handler', file: '/srv/app/src/handler.js', line: 7 });
    expect(f.stack.map((s) => s.function)).toEqual(['main', 'handler', 'parse']);
  });

  it('counts nested matches of one rule once', () => {
    const t = tree([[40, [APP('h'), PARSE, 'reviver @ /srv/app/src/r.js:1', PARSE]], [60, [APP('x')]]]);
    const [f] = detect(t, [jsonRule]);
    expect(f.impact.value).toBe(40);
  });

  it('merges matches at one call site and separates call sites by line', () => {
    const t = tree([
      [10, [APP('main'), APP('h', 3), PARSE]],
      [10, [APP('main'), APP('h', 3), 'JSONParse @ node:x:1', PARSE]],
      [25, [APP('main'), APP('h', 9), PARSE]],
      [55, [APP('main')]],
    ]);
    const found = detect(t, [jsonRule]);
    expect(found.map((f) => [f.blame?.line, f.impact.value])).toEqual([
      [9, 25],
      [3, 20],
    ]);
  });

  it('stays silent below the threshold, and reports when the call sites add up past it', () => {
    expect(detect(tree([[4, [APP('h'), PARSE]], [96, [APP('x')]]]), [jsonRule])).toEqual([]);
    const spread = tree([
      [3, [APP('a'), PARSE]],
      [3, [APP('b'), PARSE]],
      [94, [APP('x')]],
    ]);
    expect(detect(spread, [jsonRule]).map((f) => f.blame?.function)).toEqual(['a', 'b']);
  });

  it('gives a subtree to the higher-priority rule only, so overlapping rules never double-count', () => {
    const clone = rule('node.clone', { frames: [{ name: 'stringify', file: '^node:' }] }, { priority: 5 });
    const t = tree([[50, [APP('h'), 'stringify @ node:internal/json:1', PARSE]], [50, [APP('x')]]]);
    const found = detect(t, [jsonRule, clone]);
    expect(found.map((f) => [f.ruleId, f.impact.value])).toEqual([['node.clone', 50]]);
  });

  it('respects notBeneath and beneath', () => {
    const guarded = rule('node.guarded', {
      frames: [{ name: 'parse', file: '^node:' }],
      notBeneath: [{ name: 'loadConfig' }],
      beneath: [{ nameMatches: '^handle' }],
    });
    const t = tree([
      [20, [APP('main'), APP('loadConfig'), APP('handleA'), PARSE]],
      [20, [APP('main'), APP('handleB'), PARSE]],
      [20, [APP('main'), APP('batch'), PARSE]],
      [40, [APP('main')]],
    ]);
    expect(detect(t, [guarded]).map((f) => f.blame?.function)).toEqual(['handleB']);
  });

  it('drops library-only stacks unless the rule reports unattributed work', () => {
    const stacks: [number, string[]][] = [
      [40, ['processTicksAndRejections @ node:internal/process/task_queues:95', 'getRuntimeConfig @ /app/node_modules/@aws-sdk/client-s3/dist-cjs/runtimeConfig.js:20']],
      [60, [APP('x')]],
    ];
    const frames = [{ name: 'getRuntimeConfig', module: '^@aws-sdk/client-' }];
    expect(detect(tree(stacks), [rule('node.a', { frames })])).toEqual([]);
    const [f] = detect(tree(stacks), [rule('node.b', { frames, unattributed: 'report' })]);
    expect(f.blame).toBeUndefined();
    expect(f.impact.share).toBeCloseTo(0.4);
    expect(f.confidence).toBeLessThan(0.95);
  });

  it('traces unattributed work to the call site a related rule found', () => {
    const ctor = rule('node.ctor', { frames: [{ name: 'S3Client', module: '^@aws-sdk/' }] });
    const cont = rule('node.cont', {
      frames: [{ name: 'parseIni', module: '^@smithy/' }],
      unattributed: 'report',
      tracesTo: ['node.ctor'],
    });
    const t = tree([
      [20, [APP('main'), APP('upload', 12), 'S3Client @ /app/node_modules/@aws-sdk/client-s3/dist-cjs/index.js:1']],
      [30, ['processTicksAndRejections @ node:internal/process/task_queues:95', 'parseIni @ /app/node_modules/@smithy/core/dist-cjs/config.js:9']],
      [50, [APP('x')]],
    ]);
    const found = detect(t, [ctor, cont]);
    const orphan = found.find((f) => f.ruleId === 'node.cont')!;
    expect(orphan.blame).toBeUndefined();
    expect(orphan.tracedTo).toEqual({ function: 'upload', file: '/srv/app/src/upload.js', line: 12 });
    // Without the related finding, nothing is traced.
    expect(detect(t, [cont])[0].tracedTo).toBeUndefined();
  });

  it('judges only the value kinds a rule declares', () => {
    const stacks: [number, string[]][] = [[50, [APP('h'), PARSE]], [50, [APP('x')]]];
    expect(detect(tree(stacks, 'alloc_space/bytes'), [jsonRule])).toEqual([]);
    expect(detect(tree(stacks, 'alloc_space/bytes'), [rule('node.alloc', { frames: [{ name: 'parse' }] }, { valueKinds: ['alloc'] })])).toHaveLength(1);
    expect(detect(tree(stacks, 'goroutine/count'), [jsonRule])).toEqual([]);
  });

  it('matches Java frames whatever the profiler wrote', () => {
    const java = rule('java.regex', { frames: [{ name: 'java.util.regex.Pattern.compile' }] }, { runtimes: ['java'] });
    for (const leaf of ['java.util.regex.Pattern.compile', 'java/util/regex/Pattern:.compile', 'Ljava/util/regex/Pattern;::compile']) {
      const t = tree([[50, ['com.acme.Scanner.scan', leaf]], [50, ['com.acme.Main.main']]]);
      expect(detect(t, [java]).map((f) => f.blame?.function), leaf).toEqual(['com.acme.Scanner.scan']);
    }
  });

  it('estimates cost from the recording length', () => {
    const t = tree([[3e8, [APP('h'), PARSE]], [7e8, [APP('x')]]], 'cpu/nanoseconds', 1e9);
    const [f] = detect(t, [jsonRule], { cost: { fleetSize: 10 } });
    expect(f.cost?.cpuSecondsPerSecond).toBeCloseTo(0.3);
    // 0.3 cores × 10 instances × 730 h = 2190 core-hours; × $0.0425 = $93.08; × 7 W × 1.7 PUE = 26.06 kWh.
    expect(f.cost?.monthly.coreHours).toBeCloseTo(2190);
    expect(f.cost?.monthly.usd).toBeCloseTo(93.08, 2);
    expect(f.cost?.monthly.kWh).toBeCloseTo(26.06, 2);
    expect(f.cost?.monthly.co2Tonnes).toBeCloseTo(26.061 * 0.000379, 5);
  });
});

describe('detect: initialisation, distinct frames and source', () => {
  const jsonRule = rule('node.json', { frames: [{ name: 'parse', file: '^node:' }] });
  const TOP = '(anonymous) @ /srv/app/src/config.js:1';

  it('drops a site blamed on a module top level, but not work beneath a function the top level calls', () => {
    const t = tree([
      [30, [TOP, PARSE]],
      [30, [TOP, APP('main', 4), PARSE]],
      [40, [APP('x')]],
    ]);
    expect(detect(t, [jsonRule]).map((f) => [f.blame?.function, f.impact.value])).toEqual([['main', 30]]);
    const atInit = rule('node.init', { frames: [{ name: 'parse', file: '^node:' }], atInit: true });
    expect(detect(t, [atInit])).toHaveLength(2);
  });

  it('drops Java static initialisers and Go package init', () => {
    const java = rule('java.p', { frames: [{ name: 'java.util.regex.Pattern.compile' }] }, { runtimes: ['java'] });
    const t = tree([[50, ['com.acme.Rules.<clinit>', 'java.util.regex.Pattern.compile']], [50, ['com.acme.Main.main']]]);
    expect(detect(t, [java])).toEqual([]);
    const go = rule('go.r', { frames: [{ name: 'regexp.MustCompile' }] }, { runtimes: ['go'] });
    const g = tree([[50, ['runtime.main', 'runtime.doInit', 'github.com/acme/svc/rules.init', 'regexp.MustCompile']], [50, ['main.main']]]);
    expect(detect(g, [go])).toEqual([]);
  });

  it('does not take a Java or JavaScript method named init for start-up code', () => {
    const java = rule('java.p2', { frames: [{ name: 'java.util.regex.Pattern.compile' }] }, { runtimes: ['java'] });
    const t = tree([[50, ['java.lang.Thread.run', 'com.acme.Handler.init', 'java.util.regex.Pattern.compile']], [50, ['com.acme.Main.main']]]);
    expect(detect(t, [java]).map((f) => f.blame?.function)).toEqual(['com.acme.Handler.init']);
  });

  it('counts distinct expensive functions per call site when asked', () => {
    const many = rule('node.rx', { frames: [{ nameMatches: '^RegExp: ' }], minDistinctFrames: 3 });
    const stacks = (sources: string[]): [number, string[]][] => [
      ...sources.map((src): [number, string[]] => [10, [APP('validate'), `RegExp: ${src}`]]),
      [60, [APP('x')]],
    ];
    expect(detect(tree(stacks(['^a$', '^b$', '^c$', '^d$'])), [many])).toHaveLength(1);
    expect(detect(tree(stacks(['^a$', '^a$', '^b$', '^b$'])), [many])).toEqual([]);
  });

  it('claims self time on a line whose source shows the pattern, only with the source', () => {
    const intl = rule('node.intl', { self: { source: 'new Intl\\.NumberFormat\\(' } });
    const t = tree([
      [40, [APP('main'), 'formatMoney @ /srv/app/src/format.js:3']],
      [20, [APP('main'), 'formatMoney @ /srv/app/src/format.js:4']],
      [40, [APP('main', 9)]],
    ]);
    const source = new InlineSource({
      '/srv/app/src/format.js': 'function formatMoney(v) {\n  // cents\n  return new Intl.NumberFormat("en-US").format(v);\n  }',
    });
    expect(detect(t, [intl])).toEqual([]);
    const [f, ...rest] = detect(t, [intl], { source });
    expect(rest).toEqual([]);
    expect([f.blame?.function, f.blame?.line, f.impact.value]).toEqual(['formatMoney', 3, 40]);
  });
});

describe('parseRule', () => {
  it('names the file and the field of a rule that does not fit the schema', () => {
    expect(() => parseRule('id: node.x\ntitle: t\n', 'rules/node/x/rule.yaml')).toThrow(/rules\/node\/x\/rule\.yaml: .*required property/);
    expect(() => rule('node.bad', { frames: [{ nameMatches: '(' }] })).toThrow(/bad regular expression/);
    expect(() => rule('node.cat', { frames: [{ name: 'x' }] }, { category: 'no-such-category' })).toThrow(/category/);
  });
});
