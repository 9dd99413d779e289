import { describe, expect, it } from 'vitest';
import { checkProfile, importProfile, MalformedProfileError, totalOf } from '@hotpath/profile';
import { hasCorpus, readCorpus } from '../../../../test/support/corpus';

const node = (id: number, name: string, parent?: number, line = 0) => ({
  id,
  callFrame: { functionName: name, scriptId: 1, url: name === '(root)' ? '' : 'file:///app.js', lineNumber: line, columnNumber: 0 },
  ...(parent ? { parent } : {}),
});

/** A trace with one profile split over two chunks, as DevTools writes it. */
const trace = [
  { name: 'thread_name', ph: 'M', pid: 1, tid: 1, args: { name: 'CrRendererMain' } },
  { name: 'Profile', ph: 'P', pid: 1, id: '0x1', args: { data: { startTime: 1000 } } },
  { name: 'ProfileChunk', ph: 'P', pid: 1, id: '0x1', args: { data: { cpuProfile: { nodes: [node(1, '(root)'), node(2, 'main', 1, 4)], samples: [2, 2] }, timeDeltas: [10, 100] } } },
  { name: 'ProfileChunk', ph: 'P', pid: 1, id: '0x1', args: { data: { cpuProfile: { nodes: [node(3, 'work', 2, 9)], samples: [3, 3] }, timeDeltas: [100, 100] } } },
];

describe('Chrome trace importer', () => {
  it.each([
    ['array form', trace],
    ['object form', { traceEvents: trace }],
  ])('reassembles the chunks of a profile (%s)', (_name, json) => {
    for (const fileName of ['Trace-20240101.json', undefined]) {
      const p = importProfile(Buffer.from(JSON.stringify(json)), { fileName });
      checkProfile(p);
      const samples = p.sampleTypes.findIndex((t) => t.type === 'samples');
      expect(totalOf(p, samples)).toBe(4);
      const names = p.functions.map((f) => p.strings[f.name]);
      expect(names).toEqual(expect.arrayContaining(['main', 'work']));
      // callFrame lines are 0-based in the trace, 1-based in the model.
      expect(p.functions.find((f) => p.strings[f.name] === 'work')!.startLine).toBe(10);
    }
  });

  it('says when a trace holds no CPU profile', () => {
    expect(() => importProfile(Buffer.from(JSON.stringify(trace.slice(0, 1))))).toThrow(MalformedProfileError);
  });

  it('refuses chunks whose samples and deltas disagree', () => {
    const bad = JSON.parse(JSON.stringify(trace));
    bad[2].args.data.timeDeltas.pop();
    expect(() => importProfile(Buffer.from(JSON.stringify(bad)))).toThrow(/2 samples but 1 time deltas/);
  });

  it.skipIf(!hasCorpus)('reads the Chrome 85 trace of a webpack bundle in the corpus', () => {
    const p = importProfile(readCorpus('source-maps', 'chrome-85-webpack.json'));
    checkProfile(p);
    const samples = p.sampleTypes.findIndex((t) => t.type === 'samples');
    expect(totalOf(p, samples)).toBe(1498);
  });
});
