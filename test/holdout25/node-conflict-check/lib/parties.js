'use strict';

const STEMS = ['Albion', 'Bramwell', 'Castlegate', 'Dunmore', 'Eastbrook', 'Fairhaven', 'Greyfriars', 'Harrowgate',
  'Ironbridge', 'Juniper', 'Kestrel', 'Larkspur', 'Meridian', 'Northwind', 'Oakham', 'Pemberton', 'Quarry Bank',
  'Redcliffe', 'Saltmarsh', 'Thornbury', 'Underhill', 'Vantage', 'Westmoor', 'Yarrow', 'Zephyr', 'Müller', 'Sørensen',
  'Björk', 'Łukasz', 'Ó Briain'];
const SECTORS = ['Logistics', 'Holdings', 'Capital', 'Healthcare', 'Recruitment', 'Property', 'Engineering', 'Foods',
  'Energy', 'Software', 'Partners', 'Consulting', 'Retail', 'Media', 'Insurance'];
const SUFFIXES = ['Ltd', 'Limited', 'plc', 'LLP', 'GmbH', 'Inc.', 'S.A.', 'B.V.', ''];
const FIRST = ['Adaeze', 'Bartholomew', 'Catriona', 'Declan', 'Eleanor', 'Fergus', 'Gwendolyn', 'Hamish', 'Imogen',
  'Jasper', 'Kirsty', 'Lachlan', 'Morag', 'Nathaniel', 'Oonagh', 'Peregrine', 'Rosalind', 'Seamus', 'Theodora', 'Zoë'];
const LAST = ['Abernethy', 'Blackwood', 'Cavendish', 'Drummond', 'Elphinstone', 'Fitzgerald', 'Galbraith', 'Hargreaves',
  'Inglis', 'Jardine', 'Kilpatrick', 'Lockhart', 'MacAlister', 'Nightingale', 'Ogilvy', 'Pennington', 'Rutherford',
  'Sinclair', 'Trevelyan', 'Wetherby', 'Nowak', 'Schäfer', 'Løvland'];
const ROLES = ['client', 'adverse party', 'related party', 'witness', 'co-defendant', 'guarantor', 'former client'];
const PRACTICE = ['Employment', 'Corporate', 'Disputes', 'Real Estate', 'Restructuring', 'Immigration', 'Private Client'];

const PRE = ['Ash', 'Brock', 'Carr', 'Dal', 'Elm', 'Fen', 'Glen', 'Hol', 'Kin', 'Lang', 'Mar', 'Nor', 'Pen', 'Ros',
  'Stan', 'Tal', 'Wick', 'Ald', 'Bel', 'Cres'];
const POST = ['ford', 'ley', 'ton', 'wood', 'field', 'hurst', 'by', 'combe', 'stead', 'well', 'more', 'dale', 'worth',
  'bridge', 'ham', 'shaw', 'thorpe', 'ridge', 'brook', 'gate'];

function coined(rng) {
  return rng.pick(PRE) + rng.pick(POST);
}

function companyName(rng) {
  const words = [rng.next() < 0.5 ? rng.pick(STEMS) : coined(rng)];
  if (rng.next() < 0.7) words.push(coined(rng));
  if (rng.next() < 0.6) words.push(rng.pick(SECTORS));
  if (rng.next() < 0.2) words.push(rng.pick(SECTORS));
  const suffix = rng.pick(SUFFIXES);
  return suffix ? `${words.join(' ')} ${suffix}` : words.join(' ');
}

function personName(rng) {
  const middle = rng.next() < 0.3 ? ` ${rng.pick(FIRST)[0]}.` : '';
  const last = rng.next() < 0.4 ? rng.pick(LAST) : coined(rng);
  return `${rng.pick(FIRST)}${middle} ${last}`;
}

// Variants a fee earner might type at intake for a party already on the register.
function variant(rng, name) {
  switch (rng.int(0, 5)) {
    case 0: return name.toUpperCase();
    case 1: return name.replace(/ (Ltd|Limited|plc|LLP|GmbH|Inc\.)$/, '');
    case 2: {
      const i = rng.int(1, name.length - 2);
      return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
    }
    case 3: return name.replace('Limited', 'Ltd').replace('&', 'and');
    case 4: return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    default: return name;
  }
}

function buildRegister(rng, count) {
  const parties = [];
  for (let i = 0; i < count; i++) {
    const isCompany = rng.next() < 0.55;
    const name = isCompany ? companyName(rng) : personName(rng);
    parties.push({
      id: i,
      name,
      kind: isCompany ? 'organisation' : 'individual',
      role: rng.pick(ROLES),
      matter: `${rng.pick(PRACTICE).slice(0, 3).toUpperCase()}-${rng.int(1000, 9999)}`,
      partner: personName(rng),
      openedAt: Date.UTC(2010 + rng.int(0, 14), rng.int(0, 11), rng.int(1, 28)),
    });
  }
  return parties;
}

function buildIntake(rng, register, count) {
  const requests = [];
  for (let i = 0; i < count; i++) {
    const parties = [];
    const n = rng.int(2, 6);
    for (let k = 0; k < n; k++) {
      if (rng.next() < 0.35) {
        const existing = rng.pick(register);
        parties.push({ name: variant(rng, existing.name), capacity: rng.pick(['client', 'opponent', 'interested party']) });
      } else {
        parties.push({ name: rng.next() < 0.55 ? companyName(rng) : personName(rng), capacity: rng.pick(['client', 'opponent']) });
      }
    }
    requests.push({ ref: `INT-${24000 + i}`, practice: rng.pick(PRACTICE), requestedAt: Date.UTC(2024, 5, 1 + (i % 28)), parties });
  }
  return requests;
}

module.exports = { buildRegister, buildIntake };
