import { CallTree, pruneTree, TreeNode } from '@hotpath/analysis';
import type { FlameGraphNode } from './report';

/**
 * The flame graph of a call tree: at most `maxNodes` nodes (the heaviest,
 * the rest folded into `(other)`, as Pyroscope's tree bounds its output),
 * with the frames of one function under one parent merged whatever line they
 * were at, so that a function is one box, as flame graphs draw it. A node's
 * line is its heaviest merged frame's.
 *
 * `pruneTree` keeps `maxNodes` frames and adds an `(other)` node under each
 * one that lost children, so its result can be larger than asked; the
 * budget shrinks by the excess until the merged graph fits.
 */
export function flameGraph(tree: CallTree, maxNodes = 2000): FlameGraphNode {
  const limit = Math.max(1, maxNodes);
  let budget = limit;
  for (;;) {
    const graph = mergeByFunction(pruneTree(tree, budget));
    const size = countNodes(graph);
    if (size <= limit || budget === 1) return graph;
    budget = Math.max(1, budget - (size - limit));
  }
}

function countNodes(root: FlameGraphNode): number {
  let n = 0;
  const work = [root];
  while (work.length > 0) {
    n++;
    work.push(...work.pop()!.children);
  }
  return n;
}

/** Merges sibling frames of the same function (name and file), top-down and without recursion (stacks can be deep). */
export function mergeByFunction(root: TreeNode): FlameGraphNode {
  const top: FlameGraphNode = copy(root);
  const work: FlameGraphNode[] = [top];
  while (work.length > 0) {
    const node = work.pop()!;
    const groups = new Map<string, { node: FlameGraphNode; heaviest: number }>();
    for (const child of node.children) {
      const key = `${child.name}\0${child.file}`;
      const g = groups.get(key);
      if (!g) {
        groups.set(key, { node: copy(child), heaviest: child.total });
        continue;
      }
      g.node.self += child.self;
      g.node.total += child.total;
      g.node.children.push(...child.children);
      if (child.total > g.heaviest) [g.heaviest, g.node.line] = [child.total, child.line];
    }
    node.children = [...groups.values()].map((g) => g.node).sort((a, b) => b.total - a.total);
    work.push(...node.children);
  }
  return top;
}

function copy(n: TreeNode): FlameGraphNode {
  return { name: n.name, file: n.file, line: n.line, self: n.self, total: n.total, children: [...n.children] };
}
