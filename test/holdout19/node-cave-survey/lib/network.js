'use strict';

const DEG = Math.PI / 180;

function shotVector(s) {
  const h = s.tape * Math.cos(s.clino * DEG);
  return { dx: h * Math.sin(s.compass * DEG), dy: h * Math.cos(s.compass * DEG), dz: s.tape * Math.sin(s.clino * DEG) };
}

class SurveyNetwork {
  constructor(shots) {
    this.shots = shots;
    this.adjacency = new Map();
    for (let i = 0; i < shots.length; i++) {
      const s = shots[i];
      const v = shotVector(s);
      s.vector = v;
      this.link(s.from, { to: s.to, shot: i, sign: 1 });
      this.link(s.to, { to: s.from, shot: i, sign: -1 });
    }
  }

  link(station, edge) {
    let list = this.adjacency.get(station);
    if (!list) {
      list = [];
      this.adjacency.set(station, list);
    }
    list.push(edge);
  }

  // Breadth-first traverse from the entrance; shots not on the spanning tree close loops.
  traverse(origin) {
    const coords = new Map([[origin, { x: 0, y: 0, z: 0 }]]);
    const treeShots = new Set();
    const queue = [origin];
    for (let head = 0; head < queue.length; head++) {
      const st = queue[head];
      const p = coords.get(st);
      for (const e of this.adjacency.get(st) || []) {
        if (coords.has(e.to)) continue;
        const v = this.shots[e.shot].vector;
        coords.set(e.to, { x: p.x + e.sign * v.dx, y: p.y + e.sign * v.dy, z: p.z + e.sign * v.dz });
        treeShots.add(e.shot);
        queue.push(e.to);
      }
    }
    const closures = [];
    for (let i = 0; i < this.shots.length; i++) {
      if (treeShots.has(i)) continue;
      const s = this.shots[i];
      const a = coords.get(s.from);
      const b = coords.get(s.to);
      if (!a || !b) continue;
      closures.push({ shot: i, ex: a.x + s.vector.dx - b.x, ey: a.y + s.vector.dy - b.y, ez: a.z + s.vector.dz - b.z, length: s.tape });
    }
    return { coords, closures };
  }

  // Iterative relaxation: each pass moves every station towards the mean
  // position predicted by its shots (a Gauss-Seidel solve of the network).
  adjust(coords, origin, passes) {
    const names = [...coords.keys()];
    let residual = 0;
    for (let pass = 0; pass < passes; pass++) {
      residual = 0;
      for (const st of names) {
        if (st === origin) continue;
        const edges = this.adjacency.get(st);
        let sx = 0;
        let sy = 0;
        let sz = 0;
        let w = 0;
        for (const e of edges) {
          const q = coords.get(e.to);
          if (!q) continue;
          const v = this.shots[e.shot].vector;
          const weight = 1 / Math.max(this.shots[e.shot].tape, 0.5);
          sx += weight * (q.x - e.sign * v.dx);
          sy += weight * (q.y - e.sign * v.dy);
          sz += weight * (q.z - e.sign * v.dz);
          w += weight;
        }
        const p = coords.get(st);
        const nx = sx / w;
        const ny = sy / w;
        const nz = sz / w;
        residual += Math.abs(nx - p.x) + Math.abs(ny - p.y) + Math.abs(nz - p.z);
        p.x = nx;
        p.y = ny;
        p.z = nz;
      }
    }
    return residual;
  }
}

module.exports = { SurveyNetwork, shotVector };
