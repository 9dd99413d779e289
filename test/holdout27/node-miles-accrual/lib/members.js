'use strict';

const crypto = require('crypto');
const { promisify } = require('util');

const pbkdf2 = promisify(crypto.pbkdf2);
const PIN_ITERATIONS = 12000;

const FIRST = ['ANNA', 'BEN', 'CLARA', 'DMITRI', 'EMMA', 'FELIX', 'GRACE', 'HUGO', 'IRIS', 'JAMAL', 'KIRA', 'LEON',
  'MIA', 'NOAH', 'OLIVIA', 'PAUL', 'RUTH', 'SAMIR', 'TESSA', 'UMAR', 'VERA', 'WILL', 'XENIA', 'YUSUF', 'ZOE'];
const LAST = ['ANDERSEN', 'BAKER', 'CHEN', 'DUBOIS', 'EVANS', 'FISCHER', 'GARCIA', 'HANSEN', 'ITO', 'JOHNSON', 'KOWALSKI',
  'LARSEN', 'MARTIN', 'NGUYEN', 'OKAFOR', 'PATEL', 'QUINTERO', 'ROSSI', 'SATO', 'TANAKA', 'URBAN', 'VOGEL', 'WALSH',
  'XU', 'YILMAZ', 'ZIELINSKI'];
const TIERS = [
  { name: 'Blue', threshold: 0, bonusPct: 0 },
  { name: 'Silver', threshold: 25000, bonusPct: 25 },
  { name: 'Gold', threshold: 50000, bonusPct: 50 },
  { name: 'Platinum', threshold: 100000, bonusPct: 100 },
];

function tierFor(qualifyingMiles) {
  let tier = TIERS[0];
  for (const t of TIERS) if (qualifyingMiles >= t.threshold) tier = t;
  return tier;
}

function buildMembers(rng, count) {
  const members = new Map();
  for (let i = 0; i < count; i++) {
    const id = `FF${String(10000000 + i * 37)}`;
    const lastName = `${rng.pick(LAST)}${rng.chance(0.3) ? `-${rng.pick(LAST)}` : ''}`;
    const firstName = rng.pick(FIRST);
    const qualifyingMiles = rng.int(0, 140000);
    members.set(id, {
      id,
      lastName,
      firstName,
      middleNames: rng.chance(0.25) ? [rng.pick(FIRST)] : [],
      formerLastNames: rng.chance(0.15) ? [rng.pick(LAST)] : [],
      balance: rng.int(0, 250000),
      qualifyingMiles,
      tier: tierFor(qualifyingMiles).name,
      pin: null,
      history: [],
    });
  }
  return members;
}

async function enrolPins(rng, members, ids) {
  await Promise.all(ids.map(async (id) => {
    const member = members.get(id);
    const pin = String(rng.int(1000, 9999));
    const salt = crypto.randomBytes(16);
    const hash = await pbkdf2(pin, salt, PIN_ITERATIONS, 32, 'sha512');
    member.pin = { salt, hash, iterations: PIN_ITERATIONS };
    member.knownPin = pin;
  }));
}

module.exports = { buildMembers, enrolPins, tierFor, TIERS };
