'use strict';

const http = require('http');
const { pick } = require('./rng');
const { COUNCIL_PERMITS, WASTE_TYPES, SKIPS } = require('./tariff');

const DISTRICTS = [...COUNCIL_PERMITS.keys(), 'HG1', 'YO1'];
const WASTE = Object.keys(WASTE_TYPES);
const SIZES = Object.keys(SKIPS);

function call(agent, port, path, apiKey, payload) {
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, path, method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-api-key': apiKey },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function runLoad({ port, total, concurrency, rand, apiKeys }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const out = { quoted: 0, booked: 0, refused: 0, spend: 0 };
  let issued = 0;
  async function lane() {
    while (issued < total) {
      issued++;
      const apiKey = pick(rand, apiKeys);
      const request = {
        postcode: `${pick(rand, DISTRICTS)} ${Math.floor(rand() * 10)}${String.fromCharCode(65 + Math.floor(rand() * 26))}${String.fromCharCode(65 + Math.floor(rand() * 26))}`,
        wasteType: pick(rand, WASTE),
        sizes: rand() < 0.6 ? [] : [pick(rand, SIZES), pick(rand, SIZES)],
        onRoad: rand() < 0.35,
        startDay: Math.floor(rand() * 330),
      };
      const quote = await call(agent, port, '/v1/quotes', apiKey, request);
      if (quote.status !== 200) {
        out.refused++;
        continue;
      }
      out.quoted++;
      if (quote.body.options.length && rand() < 0.15) {
        const option = Math.floor(rand() * Math.min(3, quote.body.options.length));
        const booking = await call(agent, port, '/v1/bookings', apiKey, { quoteId: quote.body.quoteId, option });
        if (booking.status === 201) {
          out.booked++;
          out.spend += quote.body.options[option].tradeTotal;
        }
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  agent.destroy();
  return out;
}

module.exports = { runLoad };
