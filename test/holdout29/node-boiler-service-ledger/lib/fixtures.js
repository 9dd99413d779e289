'use strict';
// Deterministic export files, in the same CSV layout the field-service
// system produces at month end.
const { mulberry32, pick } = require('./prng');

const MAKES = ['Worcester', 'Vaillant', 'Baxi', 'Ideal', 'Viessmann', 'Glow-worm', 'Alpha', 'Potterton'];
const TYPES = ['combi', 'system', 'regular', 'back-boiler'];
const FUELS = ['natural-gas', 'lpg', 'oil'];
const OUTCOMES = ['pass', 'pass', 'pass', 'pass', 'advisory', 'at-risk', 'immediately-dangerous'];
const REGIONS = ['North', 'Midlands', 'South West', 'South East', 'London', 'Wales', 'Scotland'];

function csvLine(fields) {
  return fields.map((f) => {
    const s = String(f);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',');
}

function buildExports(seed, sizes) {
  const rand = mulberry32(seed);
  const engineers = ['gas_safe_id,name,region,registered_until,categories'];
  const engineerIds = [];
  for (let i = 0; i < sizes.engineers; i++) {
    const id = String(100000 + i * 7919 % 900000);
    engineerIds.push(id);
    const cats = ['CCN1', 'CENWAT', 'CKR1', 'HTR1', 'CPA1'].filter(() => rand() < 0.6).join(' ');
    engineers.push(csvLine([id, `Engineer ${i}`, pick(rand, REGIONS), `202${5 + Math.floor(rand() * 3)}-0${1 + Math.floor(rand() * 9)}-15`, cats]));
  }
  const appliances = ['appliance_id,property_ref,make,model,type,fuel,installed,output_kw'];
  const applianceIds = [];
  for (let i = 0; i < sizes.appliances; i++) {
    const id = `AP${String(i).padStart(6, '0')}`;
    applianceIds.push(id);
    appliances.push(csvLine([id, `PR-${Math.floor(i / 1.3)}`, pick(rand, MAKES), `Model ${Math.floor(rand() * 40)}`, pick(rand, TYPES), pick(rand, FUELS),
      `20${String(5 + Math.floor(rand() * 19)).padStart(2, '0')}-0${1 + Math.floor(rand() * 9)}-01`, 18 + Math.floor(rand() * 24)]));
  }
  const visits = ['visit_id,appliance_id,gas_safe_id,visit_date,co_ppm,co2_pct,ratio,burner_pressure_mbar,flue_temp_c,outcome,notes'];
  for (let i = 0; i < sizes.visits; i++) {
    const reading = (value, digits) => (rand() < 0.35 ? pick(rand, ['', 'N/A', 'n/a', '-', 'not tested']) : value.toFixed(digits));
    const co = rand() * 120;
    const co2 = 7 + rand() * 4;
    visits.push(csvLine([`SV${String(i).padStart(7, '0')}`, pick(rand, applianceIds), rand() < 0.03 ? String(990000 + i % 50) : pick(rand, engineerIds),
      `2024-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
      reading(co, 0), reading(co2, 1), reading(co / (co2 * 10000), 4), reading(8 + rand() * 7, 1), reading(55 + rand() * 120, 0),
      pick(rand, OUTCOMES), rand() < 0.2 ? 'Customer advised, "see photos"' : 'Annual service completed']));
  }
  return { engineers: engineers.join('\n'), appliances: appliances.join('\n'), visits: visits.join('\n') };
}

module.exports = { buildExports };
