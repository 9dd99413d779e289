'use strict';

const http = require('http');
const { pick } = require('./rng');
const { BREEDS, POSTCODE_AREAS, FIRST_NAMES, SURNAMES, PET_NAMES } = require('./catalogue');

const AREAS = Object.keys(POSTCODE_AREAS);
const CONDITIONS = ['otitis externa', 'gastroenteritis', 'cruciate ligament strain', 'dental tartar',
  'atopic dermatitis', 'luxating patella', 'conjunctivitis', 'hip dysplasia screening', 'lipoma'];

function makeApplication(rand) {
  const breed = pick(rand, BREEDS);
  const firstName = pick(rand, FIRST_NAMES);
  const surname = pick(rand, SURNAMES);
  const petName = pick(rand, PET_NAMES);
  const postcode = `${pick(rand, AREAS)}${1 + Math.floor(rand() * 20)} ${Math.floor(rand() * 10)}${String.fromCharCode(65 + Math.floor(rand() * 26))}${String.fromCharCode(65 + Math.floor(rand() * 26))}`;
  const phone = `07${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`;
  const microchip = `9${String(Math.floor(rand() * 1e14)).padStart(14, '0')}`;
  const email = `${firstName}.${surname}${Math.floor(rand() * 100)}@example.org`.toLowerCase();
  const claims = [];
  const nClaims = Math.floor(rand() * 4);
  for (let i = 0; i < nClaims; i++) {
    claims.push({ monthsAgo: 1 + Math.floor(rand() * 48), amount: Math.round(rand() * 2400) });
  }
  const condition = pick(rand, CONDITIONS);
  const vetNotes = `${petName} seen with ${firstName} ${surname} for ${condition}. Owner ${firstName}'s contact ` +
    `${phone.slice(0, 5)} ${phone.slice(5)} or ${email}. Chip ${microchip.slice(0, 3)} ${microchip.slice(3)} ` +
    `verified at ${postcode}. Follow-up booked; ${surname} household has ${1 + Math.floor(rand() * 3)} pets.`;
  return {
    owner: { firstName, surname, email, phone, postcode, multiPet: rand() < 0.3 },
    pet: {
      name: petName,
      species: breed.species,
      breed: breed.name,
      ageMonths: 2 + Math.floor(rand() * 150),
      neutered: rand() < 0.7,
      microchip,
      claims,
      vetNotes,
    },
    cover: { products: rand() < 0.5 ? [] : ['LIFE4', 'LIFE8'], currency: 'GBP' },
  };
}

function postQuote(agent, port, broker, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, path: '/v1/quotes', method: 'POST', agent,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'x-broker-id': broker.id,
        'x-broker-key': broker.key,
      },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function runLoad({ port, total, concurrency, rand, brokers }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const results = { ok: 0, unauthorised: 0, other: 0, cheapestTotal: 0 };
  let issued = 0;
  async function lane() {
    while (issued < total) {
      issued++;
      const broker = pick(rand, brokers);
      const app = makeApplication(rand);
      const { status, body } = await postQuote(agent, port, broker, JSON.stringify(app));
      if (status === 200) {
        results.ok++;
        const quote = JSON.parse(body);
        results.cheapestTotal += quote.options[0].monthly;
      } else if (status === 401) {
        results.unauthorised++;
      } else {
        results.other++;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  agent.destroy();
  return results;
}

module.exports = { runLoad };
