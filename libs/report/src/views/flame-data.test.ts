import { describe, expect, it } from 'vitest';
import { flattenFlameGraph, matchStack } from './flame-data';
import { sampleReport } from './report.fixture';

describe('flame graph data for the page', () => {
  const graph = flattenFlameGraph(sampleReport().flameGraph!);

  it('lists nodes in pre-order with their parents and depths', () => {
    expect(graph.name).toEqual(['(root)', 'main', 'handle', 'S3Client', 'parse', '(other)']);
    expect(graph.parent).toEqual([-1, 0, 1, 2, 2, 1]);
    expect(graph.depth).toEqual([0, 1, 2, 3, 3, 2]);
    expect(graph.total[0]).toBe(1_000_000_000);
  });

  it("finds a finding's frames by its stack, from the root", () => {
    const [f] = sampleReport().findings;
    expect(matchStack(graph, f.stack).map((i) => graph.name[i])).toEqual(['main', 'handle', 'S3Client']);
  });

  it('finds a stack that is only the leaf end of a deeper one (bounded evidence)', () => {
    const [f] = sampleReport().findings;
    expect(matchStack(graph, f.stack.slice(1)).map((i) => graph.name[i])).toEqual(['handle', 'S3Client']);
  });

  it('matches by function and file, not line (the graph merges lines)', () => {
    const [f] = sampleReport().findings;
    const moved = f.stack.map((s) => ({ ...s, line: s.line + 5 }));
    expect(matchStack(graph, moved)).toHaveLength(3);
    const otherFile = f.stack.map((s) => ({ ...s, file: '/elsewhere.js' }));
    expect(matchStack(graph, otherFile)).toEqual([]);
  });

  it('keeps the matched prefix when the bound folded the rest away, and nothing for an empty stack', () => {
    const [f] = sampleReport().findings;
    const deeper = [...f.stack, { function: 'cut', file: 'x.js', line: 1 }];
    expect(matchStack(graph, deeper).map((i) => graph.name[i])).toEqual(['main', 'handle', 'S3Client']);
    expect(matchStack(graph, [])).toEqual([]);
  });
});
