'use strict';

const http = require('http');

const AIRPORTS = ['ARN', 'CPH', 'OSL', 'HEL', 'FRA', 'MUC', 'LHR', 'CDG', 'AMS', 'ZRH', 'VIE', 'BCN', 'JFK', 'ORD', 'NRT', 'BKK'];
const CARRIERS = ['SK', 'LH', 'AY', 'XQ'];
const FARE_CLASSES = 'FAJCDZPIRGENWHYBMKLVSTQOUG';

function ticketNameFor(rng, member) {
  const surname = rng.chance(0.1) && member.formerLastNames.length ? member.formerLastNames[0] : member.lastName;
  const given = [member.firstName, ...member.middleNames].join(rng.chance(0.5) ? ' ' : '');
  const title = rng.pick(['MR', 'MRS', 'MS', '', 'DR']);
  const name = `${surname.replace('-', rng.chance(0.5) ? '' : '-')}/${given}${title ? ` ${title}` : ''}`;
  return rng.chance(0.04) ? `${name}X` : name;
}

function buildRequestPlan(rng, members, redeemers, count) {
  const memberIds = [...members.keys()];
  const plan = [];
  for (let i = 0; i < count; i++) {
    const roll = rng.next();
    if (roll < 0.72) {
      const member = members.get(rng.pick(memberIds));
      const segments = [];
      for (let s = rng.int(1, 6); s > 0; s--) {
        const origin = rng.pick(AIRPORTS);
        let destination = rng.pick(AIRPORTS);
        if (destination === origin) destination = 'KEF';
        segments.push({
          carrier: rng.pick(CARRIERS), flightNo: rng.int(100, 2999), origin, destination,
          date: `2025-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
          fareBasis: `${FARE_CLASSES[rng.int(0, FARE_CLASSES.length - 1)]}${rng.pick(['LOW', 'FLEX', 'SAVER', 'RT', 'OW'])}${rng.int(0, 9)}`,
          distance: rng.int(300, 6500), ticketName: ticketNameFor(rng, member),
          ticketNumber: `117${rng.int(1000000000, 9999999999)}`,
        });
      }
      plan.push({ method: 'POST', path: '/v1/accruals', body: { memberId: member.id, source: 'partner-feed', segments } });
    } else if (roll < 0.734) {
      const member = members.get(rng.pick(redeemers));
      const pin = rng.chance(0.9) ? member.knownPin : String(rng.int(1000, 9999));
      plan.push({ method: 'POST', path: '/v1/redemptions', body: { memberId: member.id, pin, award: rng.pick(['UPG-SHORT', 'LOUNGE', 'BAG', 'RT-EU', 'HOTEL-NIGHT', 'UPG-LONG']), quantity: 1 } });
    } else {
      plan.push({ method: 'GET', path: `/v1/members/${rng.pick(memberIds)}` });
    }
  }
  return plan;
}

function call(agent, port, item) {
  return new Promise((resolve, reject) => {
    const payload = item.body ? JSON.stringify(item.body) : null;
    const req = http.request({
      host: '127.0.0.1', port, method: item.method, path: item.path, agent,
      headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

async function runLoad(port, plan, concurrency) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const statusCounts = new Map();
  let next = 0;
  let creditedMiles = 0;
  async function worker() {
    while (next < plan.length) {
      const item = plan[next++];
      const { status, body } = await call(agent, port, item);
      statusCounts.set(status, (statusCounts.get(status) || 0) + 1);
      if (status === 200 && body.credited) for (const c of body.credited) creditedMiles += c.base + c.bonus;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { statusCounts, creditedMiles };
}

module.exports = { buildRequestPlan, runLoad };
