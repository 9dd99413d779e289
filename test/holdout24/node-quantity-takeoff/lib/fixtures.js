'use strict';

// Generates the exported takeoff sheet and the regional rate library a surveyor would receive.
const { createRandom } = require('./prng');
const { toCsv } = require('./csv');

const SECTIONS = [
  { code: '1', name: 'Substructure', items: [['Excavate trench', 'm3'], ['Mass concrete foundation', 'm3'], ['Hardcore bed', 'm2'], ['Damp proof membrane', 'm2'], ['Blockwork below DPC', 'm2']] },
  { code: '2.1', name: 'Frame', items: [['Steel column UC', 't'], ['Steel beam UB', 't'], ['Concrete column', 'm3'], ['Formwork to column', 'm2']] },
  { code: '2.5', name: 'External walls', items: [['Facing brickwork', 'm2'], ['Cavity insulation', 'm2'], ['Wall tie', 'nr'], ['Lintel', 'nr'], ['Cavity closer', 'm']] },
  { code: '2.6', name: 'Windows and external doors', items: [['Window unit', 'nr'], ['External door set', 'nr'], ['Window board', 'm']] },
  { code: '2.7', name: 'Internal walls', items: [['Metal stud partition', 'm2'], ['Plasterboard lining', 'm2'], ['Skirting', 'm']] },
  { code: '3', name: 'Internal finishes', items: [['Floor screed', 'm2'], ['Ceramic wall tiling', 'm2'], ['Emulsion to walls', 'm2'], ['Suspended ceiling', 'm2']] },
  { code: '5', name: 'Services', items: [['Copper pipe 15mm', 'm'], ['Cable tray', 'm'], ['Socket outlet', 'nr'], ['Radiator', 'nr'], ['Ductwork', 'kg']] },
];

const UNIT_SPELLINGS = {
  m: ['m', 'lm', 'Lin m', 'metre', 'm run'],
  m2: ['m2', 'sq m', 'SQM', 'm²', 'sq.m'],
  m3: ['m3', 'cu m', 'm³', 'CUM'],
  nr: ['nr', 'No', 'each', 'ea', 'item'],
  t: ['t', 'tonne', 'tonnes'],
  kg: ['kg', 'kgs'],
};

const REGIONS = ['NE', 'NW', 'YH', 'EM', 'WM', 'LDN'];

function rateCodeFor(sectionCode, itemIndex, variant) {
  return `${sectionCode.replace('.', '')}-${String(itemIndex + 1).padStart(2, '0')}-${String(variant).padStart(3, '0')}`;
}

function buildRateLibrary(rnd, variants) {
  const rows = [];
  for (const section of SECTIONS) {
    section.items.forEach(([desc, unit], i) => {
      for (let v = 0; v < variants; v++) {
        for (const region of REGIONS) {
          rows.push({
            code: rateCodeFor(section.code, i, v), region, description: `${desc} type ${v}`, unit,
            labour: (rnd.int(200, 9000) / 100).toFixed(2), plant: (rnd.int(0, 1500) / 100).toFixed(2),
            material: (rnd.int(100, 20000) / 100).toFixed(2), waste: (rnd.int(0, 15) / 100).toFixed(2),
          });
        }
      }
    });
  }
  return toCsv(['code', 'region', 'description', 'unit', 'labour', 'plant', 'material', 'waste'], rows);
}

function buildTakeoff(rnd, itemCount, variants) {
  const rows = [];
  const blocks = ['Block A', 'Block B', 'Block C', 'Podium', 'Car park'];
  for (let i = 0; i < itemCount; i++) {
    const section = rnd.pick(SECTIONS);
    const idx = rnd.int(0, section.items.length - 1);
    const [desc, unit] = section.items[idx];
    const spelled = rnd.pick(UNIT_SPELLINGS[unit]);
    const dim = () => (rnd.int(10, 2500) / 100).toFixed(2);
    let length = '', width = '', depth = '', count = String(rnd.int(1, 6));
    if (unit === 'nr' && rnd.chance(0.7)) { length = '-'; width = '-'; }
    if (unit === 'm') { length = dim(); width = rnd.chance(0.8) ? '-' : ''; depth = rnd.chance(0.5) ? '-' : ''; }
    else if (unit === 'm2') { length = dim(); width = dim(); depth = rnd.chance(0.7) ? 'n/a' : ''; }
    else if (unit === 'm3') { length = dim(); width = dim(); depth = (rnd.int(10, 120) / 100).toFixed(2); }
    else if (unit === 't' || unit === 'kg') { length = (rnd.int(1, 900) / 10).toFixed(1); }
    rows.push({
      ref: `TO-${String(i + 1).padStart(6, '0')}`, location: `${rnd.pick(blocks)} L${rnd.int(0, 9)}`,
      section: section.code, description: `${desc}${rnd.chance(0.2) ? ', "as drawn"' : ''}`,
      unit: spelled, times: count, length, width, depth,
      rateCode: rateCodeFor(section.code, idx, rnd.int(0, variants - 1)),
    });
  }
  return toCsv(['ref', 'location', 'section', 'description', 'unit', 'times', 'length', 'width', 'depth', 'rateCode'], rows);
}

function generateInputs(seed, itemCount, variants) {
  const rnd = createRandom(seed);
  return { rates: buildRateLibrary(rnd, variants), takeoff: buildTakeoff(rnd, itemCount, variants), sections: SECTIONS, unitSpellings: UNIT_SPELLINGS };
}

module.exports = { generateInputs };
