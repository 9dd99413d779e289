import { describe, expect, it } from 'vitest';
import { CallTree, selectSampleType } from '@hotpath/analysis';
import { importProfile } from '@hotpath/profile';
import { buildReport, mergeByFunction, type FlameGraphNode } from '@hotpath/report';
import { readFileSync } from 'node:fs';
import { hasOrdersProfile, ORDERS_PROFILE } from './views/report.fixture';

const leaf = (name: string, line: number, self: number): FlameGraphNode => ({ name, file: 'a.js', line, self, total: self, children: [] });

function count(n: FlameGraphNode): number {
  return 1 + n.children.reduce((s, c) => s + count(c), 0);
}

function checkSums(n: FlameGraphNode): void {
  const sum = n.self + n.children.reduce((s, c) => s + c.total, 0);
  expect(sum).toBeCloseTo(n.total, 6);
  for (let i = 1; i < n.children.length; i++) expect(n.children[i].total).toBeLessThanOrEqual(n.children[i - 1].total);
  n.children.forEach(checkSums);
}

describe('the flame graph', () => {
  it('merges the frames of one function under one parent, whatever their line', () => {
    const root: FlameGraphNode = {
      name: '(root)',
      file: '',
      line: 0,
      self: 0,
      total: 10,
      children: [
        { name: 'f', file: 'a.js', line: 3, self: 1, total: 4, children: [leaf('g', 7, 3)] },
        { name: 'f', file: 'a.js', line: 5, self: 1, total: 6, children: [leaf('g', 8, 2), leaf('h', 9, 3)] },
      ],
    };
    const merged = mergeByFunction(root);
    expect(merged.children).toHaveLength(1);
    const [f] = merged.children;
    expect(f).toMatchObject({ name: 'f', line: 5, self: 2, total: 10 });
    expect(f.children.map((c) => [c.name, c.total, c.line])).toEqual([
      ['g', 5, 7],
      ['h', 3, 9],
    ]);
    checkSums(merged);
  });

  it.skipIf(!hasOrdersProfile)('is in a report only when asked for, bounded, with totals that add up (orders-api)', () => {
    const profile = importProfile(readFileSync(ORDERS_PROFILE), { fileName: ORDERS_PROFILE });
    const tree = new CallTree(profile, selectSampleType(profile), { granularity: 'line' });
    expect('flameGraph' in buildReport(tree)).toBe(false);
    const graph = buildReport(tree, [], { flameGraph: 300 }).flameGraph!;
    expect(graph.name).toBe('(root)');
    expect(graph.total).toBe(tree.total);
    expect(count(graph)).toBeLessThanOrEqual(300);
    checkSums(graph);
  });
});
