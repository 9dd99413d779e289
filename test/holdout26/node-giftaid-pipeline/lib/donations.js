'use strict';
const { createRng } = require('./rng');

const CAMPAIGNS = ['WINTER-APPEAL', 'SPRING-FAIR', 'MARATHON-26', 'LEGACY-WEEK', 'REGULAR-GIVING', 'SCHOOLS-CHALLENGE'];
const CHANNELS = ['direct-debit', 'online', 'cash-envelope', 'cheque', 'event'];

function buildDonors(count) {
  const rng = createRng(1401);
  const donors = [];
  for (let i = 0; i < count; i++) {
    const declarations = [];
    if (rng.next() < 0.72) {
      declarations.push({ id: `DEC${i}A`, from: `20${rng.int(18, 24)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`, to: null, method: rng.pick(['online', 'paper', 'oral']) });
      if (rng.next() < 0.1) declarations[0].to = `2025-0${rng.int(1, 9)}-01`;
    }
    donors.push({
      id: `D${String(i).padStart(6, '0')}`,
      title: rng.pick(['Mr', 'Mrs', 'Ms', 'Dr', 'Mx']),
      firstName: rng.pick(['Amara', 'Ben', 'Chloe', 'Dev', 'Elin', 'Farid', 'Grace', 'Hugo', 'Isla', 'Jonah']),
      surname: rng.pick(['Okafor', 'Bennett', 'Clarke', 'Patel', 'Jones', 'Haddad', 'Murray', 'Lewis', 'Novak', 'Reid']),
      house: String(rng.int(1, 220)),
      postcode: `${rng.pick(['SW', 'N', 'LS', 'BS', 'OX', 'CB', 'EH'])}${rng.int(1, 20)} ${rng.int(1, 9)}${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`,
      taxpayer: rng.next() < 0.93,
      declarations,
      preferences: { post: rng.next() < 0.5, email: rng.next() < 0.7, phone: rng.next() < 0.2 },
    });
  }
  return donors;
}

function* donationStream(donors, count) {
  const rng = createRng(9001);
  for (let i = 0; i < count; i++) {
    const donor = rng.pick(donors);
    const month = rng.int(1, 12);
    yield {
      ref: `G${String(i).padStart(7, '0')}`,
      donorId: donor.id,
      amount: Math.round((2 + rng.next() * (rng.next() < 0.05 ? 2000 : 80)) * 100) / 100,
      date: `${month >= 4 ? 2025 : 2026}-${String(month).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      campaign: rng.pick(CAMPAIGNS),
      channel: rng.pick(CHANNELS),
      benefitValue: rng.next() < 0.04 ? Math.round(rng.next() * 30 * 100) / 100 : 0,
    };
  }
}

module.exports = { buildDonors, donationStream };
