'use strict';
// Load generator, run in the service's process by app.js. Sends a fixed, seeded
// sequence of requests from a few concurrent workers over keep-alive connections:
// about half create orders, the rest read single orders or list a customer's orders;
// a few requests are invalid (bad e-mail, wrong API key) as in real traffic.
// Order bodies are generated and serialised before the run starts, and response bodies
// are drained without decoding (new order ids come from the Location header), so that
// the client adds little to the profile.
const http = require('node:http');
const { createRandom } = require('./random');
const { apiKeyFor, buildCatalog, buildCustomers, COLORS, SIZES } = require('./fixtures');

const rnd = createRandom(42);
const products = buildCatalog();
const customers = buildCustomers();
const NOTES = [
  'Happy birthday! Love from all of us',
  'Please leave the parcel with the neighbour at number 12',
  'Congratulations on the new flat',
  'For the office kitchen, thanks',
  'Merry Christmas and a happy new year',
  'Thank you for everything this year',
];
const STREETS = ['Hauptstraße', 'Rue de la Paix', 'Kungsgatan', 'Baker Street', 'Elm Street', 'Keizersgracht'];
const COUPONS = ['SAVE-10', 'WELC-05', 'VIPS-20', 'OLDX-99'];
const NAMES = ['Anna Müller', 'Jean Dupont', 'Sven Ek', "Mary O'Neill", 'Jan de Vries', 'Zoë Martin', 'Li Wei'];

function newOrder(customer) {
  const items = [];
  const count = rnd.int(5, 40);
  for (let i = 0; i < count; i++) {
    const item = { sku: rnd.pick(products).sku, quantity: rnd.int(1, 6), options: { color: rnd.pick(COLORS), size: rnd.pick(SIZES), giftWrap: rnd.chance(0.2) } };
    if (rnd.chance(0.7)) item.note = rnd.pick(NOTES);
    items.push(item);
  }
  return {
    customerId: customer.id,
    email: rnd.chance(0.03) ? 'not-an-email' : customer.email,
    currency: rnd.pick(['EUR', 'EUR', 'USD', 'GBP', 'CHF', 'SEK']),
    couponCode: rnd.chance(0.3) ? rnd.pick(COUPONS) : undefined,
    shipping: { name: rnd.pick(NAMES), street: `${rnd.pick(STREETS)} ${rnd.int(1, 200)}`, postcode: String(rnd.int(10000, 99999)), country: customer.country },
    items,
    channel: { source: rnd.pick(['web', 'ios', 'android', 'partner']), campaign: rnd.chance(0.4) ? `cmp-${rnd.int(1, 40)}` : null },
  };
}

// Each planned request is either a POST with its body, or a GET; GETs of a single order
// name the order by its rank among the orders created so far (ids are known only later).
function planRequests(total) {
  const plan = [];
  let posts = 0;
  for (let i = 0; i < total; i++) {
    const customer = rnd.pick(customers);
    const key = apiKeyFor(customer.tenant);
    const apiKey = rnd.chance(0.01) ? `${key.id}.wrong-secret` : `${key.id}.${key.secret}`;
    const roll = rnd.next();
    if (roll < 0.5 || posts === 0) {
      posts += 1;
      plan.push({ method: 'POST', path: '/v1/orders', apiKey, tenant: customer.tenant, body: JSON.stringify(newOrder(customer)) });
    } else if (roll < 0.8) {
      plan.push({ method: 'GET', orderRank: rnd.next(), apiKey, tenant: customer.tenant });
    } else {
      plan.push({ method: 'GET', path: `/v1/orders?customer=${customer.id}&limit=${rnd.int(5, 20)}`, apiKey });
    }
  }
  return plan;
}

function send(port, agent, request) {
  return new Promise((resolve, reject) => {
    const headers = { 'x-api-key': request.apiKey, 'accept-encoding': 'gzip' };
    if (request.body) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(request.body);
    }
    const req = http.request({ host: '127.0.0.1', port, method: request.method, path: request.path, headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, location: res.headers.location }));
    });
    req.on('error', reject);
    req.end(request.body);
  });
}

async function runLoad({ port, total, concurrency }) {
  const plan = planRequests(total);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const createdByTenant = new Map();
  const counts = { sent: 0 };
  let next = 0;
  async function worker() {
    while (next < plan.length) {
      const request = plan[next++];
      if (request.orderRank !== undefined) {
        const created = createdByTenant.get(request.tenant) || [];
        if (created.length === 0) continue;
        request.path = `/v1/orders/${created[Math.floor(request.orderRank * created.length)]}`;
      }
      const response = await send(port, agent, request);
      counts.sent += 1;
      counts[response.status] = (counts[response.status] || 0) + 1;
      if (request.method === 'POST' && response.status === 201) {
        if (!createdByTenant.has(request.tenant)) createdByTenant.set(request.tenant, []);
        createdByTenant.get(request.tenant).push(response.location.slice('/v1/orders/'.length));
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  if (!counts[200] || !counts[201]) throw new Error(`unexpected responses: ${JSON.stringify(counts)}`);
  return counts;
}

module.exports = { runLoad };
