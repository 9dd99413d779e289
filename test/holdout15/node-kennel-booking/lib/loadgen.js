'use strict';
// In-process load generator simulating the front-desk tablets and the
// online booking widget.
const http = require('http');

const PET_NAMES = ['Biscuit', 'Luna', 'Pepper', 'Otto', 'Maple', 'Żaba', 'Chloé', 'Bruno', "O'Malley", 'Mochi', 'Ziggy', 'Hazel', 'Rocco', 'Nala', 'Fígaro', 'Pip'];
const BREEDS = ['Border Collie', 'Labrador Retriever', 'Cocker Spaniel', 'Dachshund', 'Great Dane', 'Maine Coon', 'Lop-eared', 'Jack Russell Terrier', 'Bernese Mountain Dog', 'Siamese', ''];
const SPECIES = ['dog', 'dog', 'dog', 'cat', 'cat', 'rabbit', 'ferret', 'guinea-pig'];
const LOCALES = [['en-GB', 'GBP'], ['de-DE', 'EUR'], ['fr-FR', 'EUR'], ['en-US', 'USD'], ['de-CH', 'CHF'], ['sv-SE', 'SEK'], ['nl-NL', 'EUR']];
const NOTES = [
  '',
  'Very friendly, loves tennis balls.',
  'Needs insulin 4 iu twice daily with food. Owner will bring pens.',
  'Gets anxious during storms; trazodone 50 mg if needed.',
  'Senior dog, on carprofen 75 mg and gabapentin 100 mg.',
  'Raw diet only, food supplied in labelled bags.',
  'Does not like other male dogs. Separate playgroup please.',
  'Apoquel 16 mg every morning for itching, hypoallergenic shampoo only.',
  'Escapes over low fences – please use the high-walled runs.',
];
const FEEDING = [
  'Two meals a day, 150 g kibble each.',
  'Wet food morning, dry food evening. Mix lactulose 2 ml into breakfast.',
  'Grain-free only. No treats with chicken.',
  'Half a tin at 7am and 6pm, fresh water always.',
  'Hay unlimited, pellets 25 g, fresh greens daily.',
  'Give omeprazole 10 mg 30 minutes before breakfast.',
];
const VET_NOTES = [
  '',
  'Annual booster done in March. Mild arthritis, meloxicam 1.5 mg daily.',
  'Epileptic, stable on phenobarbital 60 mg and levetiracetam 500 mg.',
  'Heart murmur grade 2, pimobendan 5 mg and furosemide 20 mg twice daily.',
  'Hyperthyroid cat, methimazole 2.5 mg with food.',
  'Recovering from dental surgery, soft food only for one week.',
];
const ADDONS = ['extraWalk', 'grooming', 'webcam', 'playgroup'];

function makeRng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function pick(rng, arr) {
  return arr[Math.floor(rng() * arr.length)];
}

function isoDate(d) {
  return d.toISOString().slice(0, 10);
}

function makeBookingPayload(rng) {
  const [locale, currency] = pick(rng, LOCALES);
  const species = pick(rng, SPECIES);
  const start = new Date(Date.UTC(2025, Math.floor(rng() * 12), 1 + Math.floor(rng() * 27)));
  const nights = 1 + Math.floor(rng() * 8);
  const end = new Date(start.getTime() + nights * 86400000);
  const name = pick(rng, PET_NAMES);
  const addons = ADDONS.filter(() => rng() < 0.2);
  const payload = {
    petName: name,
    species,
    breed: species === 'dog' || species === 'cat' ? pick(rng, BREEDS) : '',
    weightKg: species === 'dog' ? Math.round((3 + rng() * 55) * 10) / 10 : Math.round((0.8 + rng() * 5) * 10) / 10,
    ownerEmail: `${name.toLowerCase().replace(/[^a-z]/g, '') || 'owner'}.${Math.floor(rng() * 9999)}@example.${pick(rng, ['com', 'co.uk', 'de', 'fr'])}`,
    ownerPhone: `+44 7${Math.floor(rng() * 1e9).toString().padStart(9, '0')}`,
    checkIn: isoDate(start),
    checkOut: isoDate(end),
    vaccinationRef: `VX-${pick(rng, ['GB', 'DE', 'FR', 'NL'])}-${String(Math.floor(rng() * 1e6)).padStart(6, '0')}`,
    microchip: rng() < 0.7 ? String(Math.floor(rng() * 1e15)).padStart(15, '9') : '',
    currency,
    locale,
    addons,
    notes: pick(rng, NOTES),
    feedingInstructions: pick(rng, FEEDING),
    vetNotes: pick(rng, VET_NOTES),
  };
  if (rng() < 0.04) payload.ownerEmail = 'not-an-email';
  return payload;
}

function request(agent, port, method, path, token, body) {
  return new Promise((resolve, reject) => {
    const data = body ? JSON.stringify(body) : null;
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

async function runLoad({ port, tokens, durationMs, concurrency, seed }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const rng = makeRng(seed);
  const deadline = Date.now() + durationMs;
  const statusCounts = {};
  const createdBookings = [];
  let sent = 0;

  async function worker(idx) {
    const token = tokens[idx % tokens.length];
    while (Date.now() < deadline) {
      const r = rng();
      let res;
      if (r < 0.55) {
        res = await request(agent, port, 'POST', '/api/quotes', token, makeBookingPayload(rng));
      } else if (r < 0.85) {
        res = await request(agent, port, 'POST', '/api/bookings', token, makeBookingPayload(rng));
        if (res.status === 201) createdBookings.push(JSON.parse(res.body).id);
      } else if (r < 0.93 && createdBookings.length) {
        const id = createdBookings.splice(Math.floor(rng() * createdBookings.length), 1)[0];
        res = await request(agent, port, 'DELETE', `/api/bookings/${id}`, token);
      } else {
        const day = new Date(Date.UTC(2025, Math.floor(rng() * 12), 1 + Math.floor(rng() * 27)));
        res = await request(agent, port, 'GET', `/api/occupancy?date=${isoDate(day)}`, token);
      }
      sent++;
      statusCounts[res.status] = (statusCounts[res.status] || 0) + 1;
    }
  }

  await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  agent.destroy();
  return { sent, statusCounts };
}

module.exports = { runLoad };
