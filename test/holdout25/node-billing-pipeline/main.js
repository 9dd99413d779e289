'use strict';

// Month-end billing run: reads the time-entry export, validates entries against billing
// guidelines, prices them, aggregates per matter and writes draft invoices.
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { createRng } = require('./lib/rng');
const { buildFirm, writeExport } = require('./lib/ledger');
const { Logger } = require('./lib/logger');
const { Pipeline } = require('./lib/pipeline');
const { parseEntry, createValidator, createPricer, createAggregator } = require('./lib/stages');
const { writeInvoices } = require('./lib/invoice');

async function main() {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'billing-'));
  try {
    const started = Date.now();
    const rng = createRng(6302024);
    const firm = buildFirm(rng);
    const exportFile = path.join(workDir, 'time-entries.ledes');
    writeExport(exportFile, rng, firm, 70000);

    const log = new Logger({ name: 'billing', level: process.env.BILLING_LOG_LEVEL || 'info' });
    const { aggregate, invoices } = createAggregator();
    const pipeline = new Pipeline([
      { name: 'parse', handle: parseEntry },
      { name: 'validate', handle: createValidator(firm, log) },
      { name: 'price', handle: createPricer(firm) },
      { name: 'aggregate', handle: aggregate },
    ]);

    const input = readline.createInterface({ input: fs.createReadStream(exportFile), crlfDelay: Infinity });
    let header = true;
    for await (const line of input) {
      if (header) { header = false; continue; }
      if (line) pipeline.feed(line);
    }
    const counts = await pipeline.run();
    const result = writeInvoices(path.join(workDir, 'invoices'), invoices, firm);
    log.info('billing run complete', { invoices: result.count, carried: result.carried, total: result.money, ms: Date.now() - started });
    console.log(counts.map((c) => `${c.stage}=${c.processed}`).join(' '));
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
