'use strict';

// Synthetic partner transaction feed for one accrual cycle.

const rules = require('./config/earn-rules.json');

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x9e3779b9) >>> 0;
    let z = a;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Amara', 'Bjorn', 'Chen', 'Dalia', 'Emeka', 'Freja', 'Goran', 'Hana', 'Ines', 'Jakub', 'Kaia', 'Luca', 'Mina', 'Nils'];
const LAST = ['Adeyemi', 'Berg', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Horvath', 'Ito', 'Jensen', 'Kumar', 'Laine'];
const ITEMS = { airline: ['economy fare', 'business fare', 'seat upgrade', 'extra bag'], hotel: ['room night', 'suite night', 'late checkout'], grocery: ['weekly shop', 'top-up shop', 'gift-cards'], fuel: ['diesel', 'petrol', 'ev charge'], rail: ['regional ticket', 'sleeper berth'], 'car-rental': ['compact rental', 'suv rental'], dining: ['dinner', 'lunch', 'delivery'], retail: ['books', 'hardware', 'outdoor gear', 'electronics', 'deposits'] };

const TIERS = ['blue', 'blue', 'silver', 'gold', 'platinum'];

function generateMembers(n, seed) {
  const r = rng(seed);
  const members = [];
  for (let i = 0; i < n; i++) {
    const lifetime = Math.floor(Math.pow(r(), 2.2) * 160000);
    const history = [];
    const past = 24 + Math.floor(r() * 70);
    for (let h = 0; h < past; h++) {
      const partner = rules.partners[Math.floor(r() * rules.partners.length)];
      const items = ITEMS[partner.type];
      const amount = Math.round((5 + r() * 300) * 100) / 100;
      history.push({
        txn: 'H' + i.toString(36) + '-' + h,
        day: new Date(Date.UTC(2023, 2, 1) + Math.floor((h / past) * 365 * 86400000)).toISOString().slice(0, 10),
        partner: partner.name,
        item: items[Math.floor(r() * items.length)],
        amount,
        tier: TIERS[Math.floor(r() * TIERS.length)],
        points: Math.floor(amount * partner.earnPerUnit),
        bonus: r() < 0.05 ? 250 : 0,
      });
    }
    members.push({
      id: 'L' + String(700000 + i),
      name: `${FIRST[Math.floor(r() * FIRST.length)]} ${LAST[Math.floor(r() * LAST.length)]}`,
      lifetime,
      lots: [
        { earned: '2022-02-10', points: Math.floor(r() * 4000) },
        { earned: '2023-01-20', points: Math.floor(r() * 6000) },
        { earned: '2023-11-05', points: Math.floor(r() * 8000) },
      ],
      email: `member${i}@example.org`,
      history,
    });
  }
  return members;
}

function generateTransactions(members, n, seed) {
  const r = rng(seed);
  const txns = [];
  const start = Date.UTC(2024, 2, 1);
  for (let i = 0; i < n; i++) {
    const partner = rules.partners[Math.floor(r() * rules.partners.length)];
    const items = ITEMS[partner.type];
    const spendScale = { airline: 600, hotel: 300, grocery: 80, fuel: 70, rail: 90, 'car-rental': 250, dining: 60, retail: 120 }[partner.type];
    txns.push({
      id: 'T' + (1000000 + i).toString(36).toUpperCase(),
      member: members[Math.floor(Math.pow(r(), 1.4) * members.length)].id,
      partner: partner.code,
      item: items[Math.floor(r() * items.length)],
      amount: Math.round((5 + r() * spendScale * 1.6) * 100) / 100,
      currency: 'EUR',
      at: new Date(start + Math.floor(r() * 45 * 86400000)).toISOString(),
      channel: r() < 0.3 ? 'online' : 'store',
    });
  }
  txns.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return txns;
}

module.exports = { generateMembers, generateTransactions };
