'use strict';
const http = require('node:http');
const { createRelayServer, createReceiverServer } = require('./relay');
const { provisionTenants, cleanup } = require('./tenants');

const listen = (server) => new Promise((r) => server.listen(0, '127.0.0.1', () => r(server.address().port)));

function send(port, method, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function main() {
  const receiver = createReceiverServer();
  const relay = createRelayServer();
  const receiverPort = await listen(receiver);
  const relayPort = await listen(relay);
  const tenants = provisionTenants(40, receiverPort);
  const types = ['order.created', 'order.paid', 'order.shipped', 'refund.issued'];
  const total = Number(process.env.EVENTS || 9000);
  let next = 0;
  const statuses = {};
  const t0 = Date.now();

  async function producer() {
    while (next < total) {
      const n = next++;
      const tenant = tenants[(n * 7) % tenants.length];
      const event = { id: `evt_${n}`, type: types[n % types.length], created: Date.now(), data: { orderId: 50000 + n, amount: (n % 900) + 0.99, lines: n % 6 } };
      const code = await send(relayPort, 'POST', `/inbound/${tenant.id}`, JSON.stringify(event));
      statuses[code] = (statuses[code] || 0) + 1;
    }
  }

  async function dashboard() {
    while (next < total) {
      await new Promise((r) => setTimeout(r, 30));
      await send(relayPort, 'GET', '/admin/delivery-report');
    }
  }

  await Promise.all([...Array.from({ length: 12 }, producer), dashboard()]);
  console.log(`events=${total} statuses=${JSON.stringify(statuses)} received=${receiver.received()} in ${Date.now() - t0} ms`);
  cleanup();
  relay.close();
  receiver.close();
  http.globalAgent.destroy();
}

main().catch((e) => {
  console.error(e);
  cleanup();
  process.exit(1);
});
