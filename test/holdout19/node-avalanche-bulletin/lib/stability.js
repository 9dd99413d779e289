'use strict';

// Slope stability grid: for every zone a raster of terrain cells whose
// stability index is the ratio of shear strength to shear stress.
class StabilityModel {
  constructor(zones, cellsPerZone, rand) {
    this.zones = zones;
    this.cells = new Map();
    for (const z of zones) {
      const slope = new Float64Array(cellsPerZone);
      const aspect = new Uint8Array(cellsPerZone);
      const elev = new Float64Array(cellsPerZone);
      for (let i = 0; i < cellsPerZone; i++) {
        slope[i] = 15 + rand() * 35;
        aspect[i] = Math.floor(rand() * 8);
        elev[i] = z.treeline - 400 + rand() * (z.summit - z.treeline + 400);
      }
      this.cells.set(z.id, { slope, aspect, elev, index: 1 });
    }
    this.generation = 0;
  }

  recompute(loadByZone) {
    for (const z of this.zones) {
      const c = this.cells.get(z.id);
      const load = loadByZone.get(z.id) || 0;
      let weakCells = 0;
      for (let i = 0; i < c.slope.length; i++) {
        const theta = (c.slope[i] * Math.PI) / 180;
        const depth = 0.5 + load / 100 + Math.max(0, (c.elev[i] - z.treeline) / 2000);
        const density = 250 + 30 * Math.sin(c.aspect[i]);
        const stress = density * 9.81 * depth * Math.sin(theta) * Math.cos(theta);
        const strength = 1200 * Math.exp(-0.02 * load) * (1 + 0.3 * Math.cos((c.aspect[i] * Math.PI) / 4)) + density * 9.81 * depth * Math.cos(theta) * Math.cos(theta) * Math.tan((32 * Math.PI) / 180) * 0.3;
        if (strength / stress < 1.5) weakCells++;
      }
      c.index = 1 - weakCells / c.slope.length;
    }
    this.generation++;
  }

  zoneIndex(zoneId) {
    return this.cells.get(zoneId).index;
  }
}

module.exports = { StabilityModel };
