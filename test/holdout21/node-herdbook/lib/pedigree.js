'use strict';

// Wright's coefficient of inbreeding by path counting: every path from the
// sire up to a common ancestor and back down to the dam contributes
// (1/2)^(n1 + n2 + 1) * (1 + F_A).
class PedigreeCalculator {
  constructor(byTag, maxDepth) {
    this.byTag = byTag;
    this.maxDepth = maxDepth;
    this.inbreeding = new Map();
  }

  // All ancestor paths of an animal up to maxDepth generations, each path a
  // list of tags starting at the animal itself.
  ancestorPaths(tag) {
    const paths = [];
    const walk = (path) => {
      paths.push(path);
      if (path.length > this.maxDepth) return;
      const animal = this.byTag.get(path[path.length - 1]);
      if (!animal) return;
      for (const parent of [animal.sire, animal.dam]) {
        if (parent) walk([...path, parent]);
      }
    };
    walk([tag]);
    return paths;
  }

  coefficient(animal) {
    if (this.inbreeding.has(animal.tag)) return this.inbreeding.get(animal.tag);
    let f = 0;
    if (animal.sire && animal.dam) {
      const sirePaths = this.ancestorPaths(animal.sire);
      const damPaths = this.ancestorPaths(animal.dam);
      const damByEnd = new Map();
      for (const p of damPaths) {
        const end = p[p.length - 1];
        if (!damByEnd.has(end)) damByEnd.set(end, []);
        damByEnd.get(end).push(p);
      }
      for (const sp of sirePaths) {
        const ancestor = sp[sp.length - 1];
        const matches = damByEnd.get(ancestor);
        if (!matches) continue;
        const sireSide = new Set(sp.slice(0, -1));
        for (const dp of matches) {
          // paths must not share any animal other than the common ancestor
          if (dp.slice(0, -1).some((t) => sireSide.has(t))) continue;
          const fa = this.byTag.has(ancestor) ? this.coefficient(this.byTag.get(ancestor)) : 0;
          f += Math.pow(0.5, sp.length + dp.length - 1) * (1 + fa);
        }
      }
    }
    this.inbreeding.set(animal.tag, f);
    return f;
  }
}

module.exports = { PedigreeCalculator };
