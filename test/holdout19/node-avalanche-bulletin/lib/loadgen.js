'use strict';

const http = require('http');
const { pick } = require('./random');
const { LANGS } = require('./phrases');

function planRequests(rand, zones, days, perDay) {
  const plan = [];
  for (let day = 5; day < days; day++) {
    const batch = [];
    for (let i = 0; i < perDay; i++) {
      const zone = pick(rand, zones);
      batch.push(`/bulletins/${zone.id}?day=${day}&lang=${pick(rand, LANGS)}&region=${pick(rand, ['west', 'central', 'east'])}`);
    }
    plan.push(batch);
  }
  return plan;
}

function get(agent, port, path) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
  });
}

async function runLoad(port, plan, concurrency) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const levels = [0, 0, 0, 0, 0, 0];
  const statuses = new Map();
  // One issuing day at a time: the bulletins of a day are requested
  // concurrently, and the next day starts once all of them are answered.
  for (const batch of plan) {
    let next = 0;
    const worker = async () => {
      while (next < batch.length) {
        const path = batch[next++];
        const r = await get(agent, port, path);
        statuses.set(r.status, (statuses.get(r.status) || 0) + 1);
        if (r.status === 200) levels[JSON.parse(r.body).level]++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }
  agent.destroy();
  return { levels, statuses };
}

module.exports = { planRequests, runLoad };
