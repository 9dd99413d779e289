'use strict';

// Resident handbook for a block: building-specific sections assembled from the block's facilities register.
const SECTIONS = [
  ['Fire safety', 'The building operates a {strategy} evacuation strategy. Fire doors to flats and stair cores must be kept closed. The fire alarm panel is located at the {panel} and is tested weekly on {testDay} at 10:00. Do not store items in corridors, stairwells or meter cupboards.'],
  ['Refuse and recycling', 'Bin stores are at the {binStore}. General waste is collected on {wasteDay}; mixed recycling on {recyclingDay}. Bulky items can be booked through the estate office.'],
  ['Heating and hot water', 'Flats are served by a {heating}. Report loss of heating or hot water through the portal; these are treated as urgent between October and April.'],
  ['Lifts', 'The block has {lifts} passenger lift(s), serviced monthly by the maintenance contractor. In case of entrapment use the lift alarm button, which connects to a 24-hour call centre.'],
  ['Water', 'The stopcock for each flat is located {stopcock}. The building has a {tank} cold water storage arrangement, inspected annually for legionella risk.'],
  ['Alterations', 'Written consent is needed before altering the structure, replacing flooring with hard surfaces, or fitting satellite dishes. Apply through the portal with drawings and the contractor details.'],
  ['Communal areas', 'Cleaning of the communal areas takes place {cleaning}. Grounds maintenance visits every fortnight during the growing season.'],
];

const FACILITIES = {
  'Alder House': { strategy: 'stay put', panel: 'main entrance lobby', testDay: 'Tuesday', binStore: 'rear courtyard', wasteDay: 'Monday', recyclingDay: 'Thursday', heating: 'communal gas boiler plant with heat interface units', lifts: 2, stopcock: 'under the kitchen sink', tank: 'roof level', cleaning: 'twice weekly' },
  'Birch House': { strategy: 'simultaneous', panel: 'ground floor plant room', testDay: 'Wednesday', binStore: 'basement car park', wasteDay: 'Tuesday', recyclingDay: 'Friday', heating: 'individual combination boilers', lifts: 1, stopcock: 'in the utility cupboard', tank: 'basement booster-pumped', cleaning: 'weekly' },
  'Cedar House': { strategy: 'stay put', panel: 'concierge desk', testDay: 'Monday', binStore: 'side passage', wasteDay: 'Wednesday', recyclingDay: 'Monday', heating: 'air source heat pump network', lifts: 2, stopcock: 'behind the bath panel', tank: 'roof level', cleaning: 'three times weekly' },
  'Damson Court': { strategy: 'stay put', panel: 'entrance vestibule', testDay: 'Thursday', binStore: 'front forecourt', wasteDay: 'Thursday', recyclingDay: 'Tuesday', heating: 'electric storage heaters', lifts: 0, stopcock: 'under the kitchen sink', tank: 'direct mains', cleaning: 'weekly' },
  'Elm Court': { strategy: 'simultaneous', panel: 'stair core A', testDay: 'Friday', binStore: 'rear courtyard', wasteDay: 'Friday', recyclingDay: 'Wednesday', heating: 'district heat network', lifts: 1, stopcock: 'in the hallway cupboard', tank: 'basement booster-pumped', cleaning: 'twice weekly' },
  'Fir Mews': { strategy: 'stay put', panel: 'gatehouse', testDay: 'Tuesday', binStore: 'mews entrance', wasteDay: 'Monday', recyclingDay: 'Thursday', heating: 'individual combination boilers', lifts: 0, stopcock: 'under the stairs', tank: 'direct mains', cleaning: 'weekly' },
};

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? ''));
}

function wrap(text, width) {
  const words = text.split(' ');
  const out = [];
  let line = '';
  for (const w of words) {
    if (line.length + w.length + 1 > width) { out.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.join('\n');
}

function renderHandbook(block, contacts) {
  const facilities = FACILITIES[block];
  const parts = [`RESIDENT HANDBOOK - ${block.toUpperCase()}`, ''];
  let n = 1;
  for (const [title, body] of SECTIONS) {
    parts.push(`${n}. ${title}`);
    parts.push(wrap(fill(body, facilities), 78));
    parts.push('');
    n += 1;
  }
  parts.push(`${n}. Contacts and service log`);
  for (const c of contacts) parts.push(`  ${c.date}  ${c.trade.padEnd(12)} ${c.contractor.padEnd(26)} ${c.note}`);
  return parts.join('\n') + '\n';
}

module.exports = { renderHandbook };
