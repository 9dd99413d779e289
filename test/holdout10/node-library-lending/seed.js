'use strict';

// Deterministic seed data for a regional library consortium.

const BRANCHES = [
  { code: 'CEN', name: 'Central Library', openDays: [1, 2, 3, 4, 5, 6], residentsOnly: false },
  { code: 'NHL', name: 'North Hill', openDays: [1, 2, 3, 4, 5], residentsOnly: false },
  { code: 'RVS', name: 'Riverside', openDays: [2, 3, 4, 5, 6], residentsOnly: true },
  { code: 'OAK', name: 'Oakwood', openDays: [1, 3, 5, 6], residentsOnly: false },
  { code: 'HBR', name: 'Harbour', openDays: [1, 2, 3, 4, 5, 6, 0], residentsOnly: false },
  { code: 'UNI', name: 'University Annex', openDays: [1, 2, 3, 4, 5], residentsOnly: true },
];

const SUBJECTS = ['fiction', 'history', 'science', 'children', 'travel', 'cooking', 'biography', 'poetry', 'computing', 'art', 'mystery', 'fantasy'];
const WORDS = ['river', 'silent', 'garden', 'empire', 'winter', 'letters', 'atlas', 'machine', 'harbour', 'forgotten', 'light', 'stone', 'journey', 'kitchen', 'night', 'orchard', 'code', 'island'];
const SURNAMES = ['Okafor', 'Lindgren', 'Moreau', 'Tanaka', 'Kowalski', 'Haddad', 'Fitzgerald', 'Novak', 'Silva', 'Andersen', 'Byrne', 'Ivanova'];

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

function isbn13(n) {
  const body = '978' + String(100000000 + n).slice(0, 9);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  return body + ((10 - (sum % 10)) % 10);
}

function seedConsortium({ titles: titleCount, members: memberCount, seed }) {
  const rnd = prng(seed);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const titles = [];
  const copies = new Map();
  let copySeq = 0;
  for (let i = 0; i < titleCount; i++) {
    const popular = rnd() < 0.15;
    const title = {
      isbn: isbn13(i * 7919),
      title: `The ${pick(WORDS)} ${pick(WORDS)}`.replace(/\b\w/g, (c) => c.toUpperCase()),
      author: `${String.fromCharCode(65 + Math.floor(rnd() * 26))}. ${pick(SURNAMES)}`,
      subjects: [pick(SUBJECTS), pick(SUBJECTS)],
      year: 1950 + Math.floor(rnd() * 74),
      ageRating: rnd() < 0.08 ? 16 : 0,
      copyIds: [],
    };
    const n = popular ? 18 + Math.floor(rnd() * 22) : 2 + Math.floor(rnd() * 8);
    for (let c = 0; c < n; c++) {
      const id = 'C' + (++copySeq).toString(36).toUpperCase().padStart(6, '0');
      const r = rnd();
      const status = r < 0.45 ? 'on-loan' : r < 0.55 ? 'in-transit' : r < 0.62 ? 'reference' : r < 0.66 ? 'repair' : r < 0.68 ? 'lost' : 'available';
      copies.set(id, { id, isbn: title.isbn, branch: pick(BRANCHES).code, status, shelf: `${pick(SUBJECTS).slice(0, 3).toUpperCase()}-${Math.floor(rnd() * 900 + 100)}`, borrower: null, due: null });
      title.copyIds.push(id);
    }
    titles.push(title);
  }
  const members = [];
  for (let i = 0; i < memberCount; i++) {
    const history = [];
    const histLen = 40 + Math.floor(rnd() * 120);
    for (let h = 0; h < histLen; h++) {
      const t = titles[Math.floor(rnd() * titles.length)];
      const out = Date.UTC(2019, 0, 1) + Math.floor(rnd() * 1800) * 86400000;
      history.push({ isbn: t.isbn, title: t.title, branch: pick(BRANCHES).code, borrowed: new Date(out).toISOString(), returned: new Date(out + (7 + Math.floor(rnd() * 28)) * 86400000).toISOString(), renewals: Math.floor(rnd() * 3), fine: rnd() < 0.1 ? Math.round(rnd() * 600) / 100 : 0 });
    }
    members.push({
      id: 'M' + String(100000 + i),
      name: `${pick(['Ada', 'Bea', 'Cai', 'Dev', 'Eli', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jon'])} ${pick(SURNAMES)}`,
      homeBranch: pick(BRANCHES).code,
      resident: rnd() < 0.8,
      age: 8 + Math.floor(rnd() * 75),
      category: rnd() < 0.1 ? 'student' : rnd() < 0.2 ? 'senior' : 'adult',
      fines: rnd() < 0.12 ? Math.round(rnd() * 2500) / 100 : 0,
      loans: [],
      holds: [],
      history,
      preferences: { notify: pick(['email', 'sms', 'none']), language: pick(['en', 'fr', 'pl', 'ar', 'ja']), largePrint: rnd() < 0.05 },
    });
  }
  return { branches: BRANCHES, titles, copies, members };
}

module.exports = { seedConsortium, BRANCHES };
