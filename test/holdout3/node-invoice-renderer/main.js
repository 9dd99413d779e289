'use strict';

const http = require('http');
const { buildLedger } = require('./ledger');
const { createInvoiceServer } = require('./server');

const CUSTOMERS = Number(process.env.BILLING_CUSTOMERS || 2500);
const REQUESTS = Number(process.env.BILLING_REQUESTS || 12000);

const logger = {
  level: process.env.LOG_LEVEL || 'info',
  enabled(level) { return level !== 'debug' || this.level === 'debug'; },
  debug(msg) { process.stdout.write(msg + '\n'); },
};

function fetchInvoices(agent, port, customerId) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: `/invoices/${customerId}/2024-01`, agent }, (res) => {
      let bytes = 0;
      res.on('data', (c) => { bytes += c.length; });
      res.on('end', () => resolve(bytes));
    }).on('error', reject);
  });
}

async function main() {
  const ledger = buildLedger(CUSTOMERS, 99);
  const server = createInvoiceServer(ledger, logger);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 6 });
  const ids = [...ledger.customers.keys()];
  let next = 0;
  let total = 0;
  async function worker() {
    while (next < REQUESTS) {
      const id = ids[(next++ * 7919) % ids.length];
      total += await fetchInvoices(agent, port, id);
    }
  }
  await Promise.all(Array.from({ length: 6 }, worker));
  agent.destroy();
  server.close();
  console.log(`billing: ${REQUESTS} invoice bundles rendered, ${total} bytes`);
}

main().catch((err) => { console.error(err); process.exit(1); });
