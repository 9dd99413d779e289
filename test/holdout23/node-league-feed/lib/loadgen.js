'use strict';

const http = require('http');

function getJson(agent, port, path) {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      })
      .on('error', reject);
  });
}

// Fans refreshing the app during the sync: table, a club page, and every
// few refreshes the title-race projection.
async function runFans({ port, clubs, fans, refreshes, rng }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: fans });
  let requests = 0;
  const fan = async (n) => {
    for (let i = 0; i < refreshes; i++) {
      await getJson(agent, port, '/api/table');
      await getJson(agent, port, `/api/clubs/${rng.pick(clubs)}`);
      if ((i + n) % 8 === 0) await getJson(agent, port, '/api/projection');
      if ((i + n) % 3 === 0) await getJson(agent, port, `/api/players/top?stat=${rng.pick(['goal', 'shot', 'tackle', 'pass'])}`);
      requests += 2;
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  };
  await Promise.all(Array.from({ length: fans }, (_, n) => fan(n)));
  agent.destroy();
  return requests;
}

module.exports = { runFans };
