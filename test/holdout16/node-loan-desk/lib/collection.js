'use strict';

const BRANCHES = [
  { id: 'central', name: 'Central Library', sundayOpening: true, halfDayWednesday: false, returnsBox: true },
  { id: 'northgate', name: 'Northgate Library', sundayOpening: false, halfDayWednesday: true, returnsBox: true },
  { id: 'riverside', name: 'Riverside Community Library', sundayOpening: false, halfDayWednesday: false, returnsBox: false },
  { id: 'hillcrest', name: 'Hillcrest Library', sundayOpening: false, halfDayWednesday: true, returnsBox: true },
  { id: 'docklands', name: 'Docklands Library & Learning Centre', sundayOpening: true, halfDayWednesday: false, returnsBox: true },
  { id: 'mobile', name: 'Mobile Library', sundayOpening: false, halfDayWednesday: true, returnsBox: false },
];

const WORDS = ['river', 'night', 'garden', 'shadow', 'winter', 'house', 'glass', 'silent', 'harbour', 'stone', 'letters', 'island', 'orchard', 'summer', 'crown', 'forest', 'paper', 'salt', 'lantern', 'bridge', 'wolf', 'secret', 'clock', 'north', 'tide', 'story', 'ember', 'meadow', 'iron', 'feather', 'kitchen', 'atlas', 'history', 'cooking', 'birds', 'mountain', 'railway', 'poems', 'guide', 'children'];
const AUTHORS = ['A. Okonkwo', 'B. Lindgren', 'C. Achterberg', 'D. Moreno', 'E. Whitfield', 'F. Nakamura', 'G. Petrakis', 'H. Sato', 'I. Brannigan', 'J. Oyelaran', 'K. Mistry', 'L. Fairweather', 'M. Castellanos', 'N. Haugen', 'O. Drummond'];
const FORMATS = [
  { id: 'book', loanDays: 21, weight: 70, finePerDay: 25 },
  { id: 'dvd', loanDays: 7, weight: 8, finePerDay: 100 },
  { id: 'audiobook', loanDays: 21, weight: 7, finePerDay: 25 },
  { id: 'quickread', loanDays: 7, weight: 10, finePerDay: 50 },
  { id: 'reference', loanDays: 0, weight: 5, finePerDay: 0 },
];

function pickWeighted(rng, list) {
  const total = list.reduce((s, x) => s + x.weight, 0);
  let r = rng.next() * total;
  for (const x of list) {
    r -= x.weight;
    if (r < 0) return x;
  }
  return list[list.length - 1];
}

function buildCollection(rng, { titles: titleCount, patrons: patronCount }) {
  const titles = new Map();
  const items = new Map();
  const index = new Map();
  let barcode = 31000000;
  for (let i = 1; i <= titleCount; i++) {
    const words = [rng.pick(WORDS), rng.pick(WORDS)];
    if (rng.chance(0.5)) words.unshift('the');
    if (rng.chance(0.3)) words.push(rng.pick(WORDS));
    const format = pickWeighted(rng, FORMATS);
    const title = {
      id: `T${i}`,
      title: words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' '),
      author: rng.pick(AUTHORS),
      year: rng.int(1950, 2024),
      format: format.id,
      copies: [],
      holds: [],
    };
    const copies = format.id === 'reference' ? 1 : rng.int(1, 4);
    for (let c = 0; c < copies; c++) {
      const item = { barcode: String(barcode++), titleId: title.id, branch: rng.pick(BRANCHES).id, status: 'shelf', loanId: null };
      items.set(item.barcode, item);
      title.copies.push(item.barcode);
    }
    titles.set(title.id, title);
    for (const token of new Set([...title.title.toLowerCase().split(' '), ...title.author.toLowerCase().split(/[ .]+/)])) {
      if (!token || token === 'the') continue;
      if (!index.has(token)) index.set(token, []);
      index.get(token).push(title.id);
    }
  }
  const patrons = new Map();
  for (let i = 1; i <= patronCount; i++) {
    const card = `2${String(100000 + i)}`;
    patrons.set(card, {
      card,
      name: `Patron ${i}`,
      email: `patron${i}@example.net`,
      phone: `07700${String(900000 + i).slice(-6)}`,
      prefersSms: rng.chance(0.3),
      type: rng.chance(0.2) ? 'junior' : rng.chance(0.05) ? 'staff' : 'adult',
      homeBranch: rng.pick(BRANCHES).id,
      loans: new Set(),
      holds: new Set(),
      finesPence: 0,
      blocked: false,
    });
  }
  return { titles, items, patrons, index, branches: new Map(BRANCHES.map((b) => [b.id, b])), formats: new Map(FORMATS.map((f) => [f.id, f])) };
}

module.exports = { buildCollection, BRANCHES };
