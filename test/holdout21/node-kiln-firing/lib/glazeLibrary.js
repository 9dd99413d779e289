'use strict';

const { OXIDES, MOLAR_MASS, EXPANSION, FLUXES } = require('./materials');

// Client for the co-op's glaze library: loads the material catalogue,
// indexes it by code and name and answers unity-formula questions about
// glaze recipes.
class GlazeLibraryClient {
  constructor({ catalogue, recipes }) {
    this.materials = new Map();
    this.byName = new Map();
    const lines = catalogue.split('\n');
    const header = lines[0].split(';');
    for (let i = 1; i < lines.length; i++) {
      const cols = lines[i].split(';');
      const material = { code: cols[0], name: cols[1], moles: {}, loi: Number(cols[cols.length - 1]) };
      for (let c = 2; c < header.length - 1; c++) {
        const oxide = header[c];
        material.moles[oxide] = Number(cols[c]) / MOLAR_MASS[oxide];
      }
      this.materials.set(material.code, material);
      this.byName.set(material.name.toLowerCase(), material);
    }
    this.recipes = recipes;
  }

  // Seger unity formula: moles of each oxide with the fluxes summing to one.
  unityFormula(glazeName) {
    const recipe = this.recipes.get(glazeName);
    if (!recipe) return null;
    const total = {};
    for (const oxide of OXIDES) total[oxide] = 0;
    for (const part of recipe.parts) {
      const m = this.materials.get(part.code);
      if (!m) continue;
      for (const oxide of OXIDES) total[oxide] += m.moles[oxide] * part.grams;
    }
    const fluxSum = FLUXES.reduce((a, o) => a + total[o], 0) || 1;
    const unity = {};
    for (const oxide of OXIDES) unity[oxide] = total[oxide] / fluxSum;
    return unity;
  }

  expansion(unity) {
    let molSum = 0;
    for (const oxide of OXIDES) molSum += unity[oxide];
    let coe = 0;
    for (const oxide of OXIDES) coe += (unity[oxide] / molSum) * 100 * EXPANSION[oxide];
    // Appen-style factors give x10^-7/K for the raw glass; fired glazes on a
    // body measure well below that, so report x10^-6/K with the studio's
    // empirical correction.
    return coe / 14;
  }
}

module.exports = { GlazeLibraryClient };
