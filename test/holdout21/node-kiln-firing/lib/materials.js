'use strict';

const { createRng } = require('./rng');

const OXIDES = ['SiO2', 'Al2O3', 'B2O3', 'Na2O', 'K2O', 'CaO', 'MgO', 'ZnO', 'Fe2O3', 'TiO2'];
const MOLAR_MASS = { SiO2: 60.08, Al2O3: 101.96, B2O3: 69.62, Na2O: 61.98, K2O: 94.2, CaO: 56.08, MgO: 40.3, ZnO: 81.38, Fe2O3: 159.69, TiO2: 79.87 };
// Linear thermal expansion contribution per mole percent (x 10^-7 / K).
const EXPANSION = { SiO2: 0.035, Al2O3: -0.3, B2O3: -0.65, Na2O: 3.95, K2O: 3.3, CaO: 1.63, MgO: 0.45, ZnO: 0.18, Fe2O3: 0.55, TiO2: -0.15 };
const FLUXES = ['Na2O', 'K2O', 'CaO', 'MgO', 'ZnO'];

// The co-op's raw material catalogue as exported from the supplier sheet:
// one line per material with its oxide analysis in weight percent.
function catalogueText(seed, count) {
  const rng = createRng(seed);
  const lines = [`code;name;${OXIDES.join(';')};loi`];
  const kinds = ['Feldspar', 'Frit', 'Whiting', 'Talc', 'Kaolin', 'Ball clay', 'Silica', 'Dolomite', 'Wollastonite', 'Zinc oxide', 'Rutile', 'Red iron oxide'];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length];
    const analysis = OXIDES.map(() => rng.next() * rng.next() * 40);
    const sum = analysis.reduce((a, b) => a + b, 0);
    const loi = rng.range(0, 12);
    const pct = analysis.map((v) => ((v / sum) * (100 - loi)).toFixed(2));
    lines.push(`M${String(i + 1).padStart(4, '0')};${kind} ${Math.floor(i / kinds.length) + 1};${pct.join(';')};${loi.toFixed(2)}`);
  }
  return lines.join('\n');
}

module.exports = { catalogueText, OXIDES, MOLAR_MASS, EXPANSION, FLUXES };
