import type { FlameGraphNode, StackFrame } from '../report';

/**
 * A flame graph flattened for the browser: nodes in pre-order (a parent
 * before its children, children heaviest first), each with its parent's
 * index, so the page lays it out in one pass without recursion.
 */
export interface FlatFlameGraph {
  name: string[];
  file: string[];
  line: number[];
  self: number[];
  total: number[];
  /** Index of the parent; -1 for the root. */
  parent: number[];
  depth: number[];
}

export function flattenFlameGraph(root: FlameGraphNode): FlatFlameGraph {
  const g: FlatFlameGraph = { name: [], file: [], line: [], self: [], total: [], parent: [], depth: [] };
  const work: [FlameGraphNode, number, number][] = [[root, -1, 0]];
  while (work.length > 0) {
    const [node, parent, depth] = work.pop()!;
    const id = g.name.length;
    g.name.push(node.name);
    g.file.push(node.file);
    g.line.push(node.line);
    g.self.push(node.self);
    g.total.push(node.total);
    g.parent.push(parent);
    g.depth.push(depth);
    for (let i = node.children.length - 1; i >= 0; i--) work.push([node.children[i], id, depth + 1]);
  }
  return g;
}

/**
 * The nodes of the flame graph a finding's stack (root first) runs through.
 * The stack may be the leaf end of a deeper one (evidence is bounded), so it
 * is matched as a downward path starting anywhere; frames match by function
 * and file (the graph merges lines). The longest match wins, then the
 * heaviest; where the bound folded the rest of the stack into `(other)`, the
 * matched prefix is returned.
 */
export function matchStack(g: FlatFlameGraph, stack: StackFrame[]): number[] {
  if (stack.length === 0 || g.name.length === 0) return [];
  const children = childLists(g);
  const key = (i: number) => `${g.name[i]}\0${g.file[i]}`;
  const wanted = stack.map((f) => `${f.function}\0${f.file}`);
  let best: number[] = [];
  for (let start = 1; start < g.name.length; start++) {
    if (key(start) !== wanted[0]) continue;
    const path = [start];
    for (let k = 1; k < wanted.length; k++) {
      const next = children[path[path.length - 1]].find((c) => key(c) === wanted[k]);
      if (next === undefined) break;
      path.push(next);
    }
    if (path.length > best.length || (path.length === best.length && g.total[path.at(-1)!] > g.total[best.at(-1)!])) best = path;
    if (best.length === wanted.length && g.depth[best[0]] === 1) break; // anchored at the root and complete
  }
  return best;
}

function childLists(g: FlatFlameGraph): number[][] {
  const lists: number[][] = g.name.map(() => []);
  for (let i = 1; i < g.parent.length; i++) lists[g.parent[i]].push(i);
  return lists;
}
