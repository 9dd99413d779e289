'use strict';
// Runs the ledger service and an in-process bookkeeping client against it: a month of journal
// batches, statement downloads in several locales, and daily bank reconciliations.

const http = require('node:http');
const { GeneralLedger, splitmix } = require('./book');
const { KeyRing } = require('./auth');
const { createLedgerService } = require('./service');

const DAY_MS = 86400000;
const PERIOD_START = Date.UTC(2024, 2, 1);
const CLEARING = '1000';
const LOCALES = ['de-DE', 'en-GB', 'fr-CH', 'en-US', 'nl-NL'];
const MEMOS = ['Customer receipt', 'Supplier invoice', 'Payroll run', 'Card settlement', 'Bank charges',
  'Intercompany transfer', 'Accrued utilities', 'Depreciation', 'Refund issued', 'FX revaluation'];

function journalBatch(rand, accountIds, day, size) {
  const entries = [];
  for (let i = 0; i < size; i++) {
    const amount = 100 + Math.floor(rand() * 250000);
    const reference = `INV-${(day * 37 + i * 11) % 1400}`;
    const counter = accountIds[1 + Math.floor(rand() * (accountIds.length - 1))];
    const lines = [{ account: CLEARING, side: 'D', amountCents: amount }];
    if (rand() < 0.3) {
      const part = Math.floor(amount / 3);
      lines.push({ account: counter, side: 'C', amountCents: part });
      lines.push({ account: accountIds[1 + Math.floor(rand() * (accountIds.length - 1))], side: 'C', amountCents: amount - part });
    } else {
      lines.push({ account: counter, side: 'C', amountCents: amount });
    }
    entries.push({ ts: PERIOD_START + day * DAY_MS + Math.floor(rand() * DAY_MS), memo: `${MEMOS[i % MEMOS.length]} ${reference}`, reference, lines });
  }
  return { entries };
}

function bankFeedFor(ledger) {
  return (account, day) => {
    const rand = splitmix(day * 7919 + 17);
    const items = ledger.openItems(account);
    const lines = [];
    for (let i = 0; i < items.length; i += 1) {
      if (rand() < 0.85) lines.push({ reference: items[i].reference, amountCents: items[i].amountCents + Math.floor(rand() * 80) - 40 });
    }
    return lines;
  };
}

function call(agent, port, method, path, token, body) {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : null;
    const req = http.request({ host: '127.0.0.1', port, method, path, agent,
      headers: { authorization: token, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, size: chunks.reduce((n, c) => n + c.length, 0) }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function main() {
  const ledger = new GeneralLedger(42, 240);
  const keyRing = new KeyRing();
  keyRing.register('ap-clerk', 'd6f1c0a9-payables');
  keyRing.register('controller', '9b2e44c1-close');
  const server = createLedgerService({ ledger, keyRing, bankFeed: bankFeedFor(ledger), periodStart: PERIOD_START, clearingId: CLEARING });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const rand = splitmix(7);
  const ids = ledger.accountIds();
  const clerk = 'Key ap-clerk:d6f1c0a9-payables';
  const controller = 'Key controller:9b2e44c1-close';
  let failures = 0;
  const check = (r, ok) => { if (!ok.includes(r.status)) failures++; };

  for (let day = 0; day < 30; day++) {
    for (let b = 0; b < 4; b++) check(await call(agent, port, 'POST', '/v1/journal', clerk, journalBatch(rand, ids, day, 36)), [201]);
    if (day % 5 === 4) check(await call(agent, port, 'POST', '/v1/reconciliations', controller, { account: CLEARING, day }), [200]);
    if (day % 4 === 3) check(await call(agent, port, 'POST', '/v1/close', controller, { days: day + 1 }), [200]);
    if (day % 2 === 1) {
      // statement of the clearing account for the last two days, in the controller's locale of the day
      const locale = LOCALES[day % LOCALES.length];
      const from = PERIOD_START + (day - 1) * DAY_MS;
      const to = PERIOD_START + (day + 1) * DAY_MS;
      check(await call(agent, port, 'GET', `/v1/accounts/${CLEARING}/statement?from=${from}&to=${to}&locale=${locale}`, controller), [200]);
    }
  }
  for (let s = 0; s < 8; s++) {
    const account = ids[1 + ((s * 29) % (ids.length - 1))];
    check(await call(agent, port, 'GET', `/v1/accounts/${account}/statement?from=${PERIOD_START}&to=${PERIOD_START + 31 * DAY_MS}&locale=${LOCALES[s % LOCALES.length]}`, controller), [200]);
  }
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
  if (failures) {
    process.stderr.write(`ledger: ${failures} failed calls\n`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  process.stderr.write(`ledger: ${err.stack}\n`);
  process.exitCode = 1;
});
