'use strict';
const http = require('node:http');

const LAYERS = ['roads', 'water-bodies', 'land-use', 'poi'];

function get(agent, port, path) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
  });
}

// Requests tiles around a few hot spots, so some are cached and some are rendered.
async function drive(port, { requests, concurrency }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  let next = 0;
  let state = 42;
  const worker = async () => {
    while (next < requests) {
      next += 1;
      state = (state * 48271) % 2147483647;
      const layer = LAYERS[state % LAYERS.length];
      const z = 10 + (state % 5);
      const x = 500 + (state % 37);
      const y = 300 + ((state >> 5) % 23);
      const status = await get(agent, port, `/tiles/${layer}/${z}/${x}/${y}`);
      if (status !== 200) throw new Error(`tile request failed with ${status}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
}

module.exports = { drive };
