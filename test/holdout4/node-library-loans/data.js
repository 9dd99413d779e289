'use strict';

function splitmix(seed) {
  let x = BigInt(seed);
  const MASK = (1n << 64n) - 1n;
  // pre-generate a pool of 32-bit values; BigInt arithmetic is too slow per call
  const pool = new Uint32Array(1 << 16);
  for (let i = 0; i < pool.length; i++) {
    x = (x + 0x9e3779b97f4a7c15n) & MASK;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
    z ^= z >> 31n;
    pool[i] = Number(z & 0xffffffffn);
  }
  let i = 0, salt = 0;
  return () => {
    if (i === pool.length) { i = 0; salt = (salt + 0x632be5ab) >>> 0; }
    return ((pool[i++] ^ salt) >>> 0) / 4294967296;
  };
}

const BRANCHES = ['Central', 'Riverside', 'Hillcrest', 'Old Town', 'Harbour'];
const FORMATS = ['book', 'dvd', 'audiobook', 'magazine', 'board-game'];
const SUBJECTS = ['history', 'science fiction', 'cooking', 'travel', 'poetry', 'biology', 'crime', 'gardening', 'music', 'art'];

function buildCollection(size, rng) {
  const items = [];
  for (let i = 0; i < size; i++) {
    items.push({
      barcode: `3${String(1000000 + i)}`,
      title: `${SUBJECTS[i % SUBJECTS.length]} volume ${i}`,
      format: FORMATS[Math.floor(rng() * FORMATS.length)],
      subject: SUBJECTS[Math.floor(rng() * SUBJECTS.length)],
      homeBranch: BRANCHES[Math.floor(rng() * BRANCHES.length)],
      replacementCents: 800 + Math.floor(rng() * 6000),
    });
  }
  return items;
}

function buildPatrons(count, rng) {
  const patrons = [];
  for (let i = 0; i < count; i++) {
    patrons.push({
      id: `P${100000 + i}`,
      name: `Patron ${i}`,
      email: rng() < 0.85 ? `reader${i}@library.test` : `reader${i} at library`,
      category: rng() < 0.15 ? 'child' : rng() < 0.1 ? 'senior' : 'adult',
      locale: rng() < 0.6 ? 'en-GB' : rng() < 0.5 ? 'de-DE' : 'fr-FR',
    });
  }
  return patrons;
}

function buildLoans(count, collection, patrons, rng) {
  const loans = [];
  const start = Date.UTC(2026, 8, 1);
  for (let i = 0; i < count; i++) {
    const item = collection[Math.floor(rng() * collection.length)];
    const patron = patrons[Math.floor(rng() * patrons.length)];
    const issuedAt = start + Math.floor(rng() * 80) * 86400000;
    const period = item.format === 'dvd' ? 7 : item.format === 'magazine' ? 14 : 21;
    const returnedAfter = Math.floor(rng() * (period + 20));
    loans.push({
      loanId: i,
      barcode: item.barcode,
      patronId: patron.id,
      issuedAt,
      dueAt: issuedAt + period * 86400000,
      returnedAt: rng() < 0.8 ? issuedAt + returnedAfter * 86400000 : null,
      renewals: Math.floor(rng() * 3),
    });
  }
  return loans;
}

module.exports = { splitmix, BRANCHES, buildCollection, buildPatrons, buildLoans };
