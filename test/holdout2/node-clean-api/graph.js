'use strict';
// A deterministic road network on a jittered grid, with a binary-heap Dijkstra.

function xorshift(seed) {
  let x = seed | 0;
  return () => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

function buildNetwork(width, height, seed) {
  const rand = xorshift(seed);
  const n = width * height;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const adjStart = new Int32Array(n + 1);
  const edges = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      xs[i] = x + (rand() - 0.5) * 0.6;
      ys[i] = y + (rand() - 0.5) * 0.6;
    }
  }
  for (let i = 0; i < n; i++) {
    const x = i % width;
    const y = (i / width) | 0;
    adjStart[i] = edges.length / 2;
    const nb = [];
    if (x > 0) nb.push(i - 1);
    if (x < width - 1) nb.push(i + 1);
    if (y > 0) nb.push(i - width);
    if (y < height - 1) nb.push(i + width);
    if (x < width - 1 && y < height - 1 && rand() < 0.3) nb.push(i + width + 1);
    for (const j of nb) {
      const d = Math.hypot(xs[i] - xs[j], ys[i] - ys[j]);
      edges.push(j, d * (1 + rand() * 0.8)); // travel minutes
    }
  }
  adjStart[n] = edges.length / 2;
  const target = new Int32Array(edges.length / 2);
  const weight = new Float64Array(edges.length / 2);
  for (let e = 0; e < target.length; e++) {
    target[e] = edges[2 * e];
    weight[e] = edges[2 * e + 1];
  }
  return { n, width, xs, ys, adjStart, target, weight };
}

class Router {
  constructor(net) {
    this.net = net;
    this.dist = new Float64Array(net.n);
    this.prev = new Int32Array(net.n);
    this.heapNode = new Int32Array(net.target.length + 1);
    this.heapKey = new Float64Array(net.target.length + 1);
  }

  route(from, to) {
    const { adjStart, target, weight } = this.net;
    const { dist, prev, heapNode, heapKey } = this;
    dist.fill(Infinity);
    prev.fill(-1);
    let size = 0;
    const push = (node, key) => {
      let i = size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (heapKey[p] <= key) break;
        heapNode[i] = heapNode[p]; heapKey[i] = heapKey[p];
        i = p;
      }
      heapNode[i] = node; heapKey[i] = key;
    };
    dist[from] = 0;
    push(from, 0);
    while (size > 0) {
      const u = heapNode[0];
      const du = heapKey[0];
      const lastNode = heapNode[--size];
      const lastKey = heapKey[size];
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && heapKey[c + 1] < heapKey[c]) c++;
        if (heapKey[c] >= lastKey) break;
        heapNode[i] = heapNode[c]; heapKey[i] = heapKey[c];
        i = c;
      }
      heapNode[i] = lastNode; heapKey[i] = lastKey;
      if (du > dist[u]) continue;
      if (u === to) break;
      for (let e = adjStart[u]; e < adjStart[u + 1]; e++) {
        const v = target[e];
        const nd = du + weight[e];
        if (nd < dist[v]) {
          dist[v] = nd;
          prev[v] = u;
          push(v, nd);
        }
      }
    }
    const path = [];
    for (let v = to; v !== -1; v = prev[v]) path.push(v);
    path.reverse();
    return { minutes: dist[to], path };
  }
}

module.exports = { buildNetwork, Router, xorshift };
