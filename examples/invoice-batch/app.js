'use strict';
// Monthly invoice batch demo: builds a seeded data set (catalogue, customers and their
// exported lines), renders every customer's invoice, and checks the ledger.
// INVOICE_CUSTOMERS changes the number of customers; INVOICE_VERBOSE=1 prints a summary.
const { buildDataset } = require('./data');
const { runBatch } = require('./batch');

function main() {
  const customers = Number(process.env.INVOICE_CUSTOMERS || 1000);
  const data = buildDataset({ seed: 2024, customers });
  const summary = runBatch(data, { issueDate: new Date(Date.UTC(2024, 11, 31)) });
  if (summary.invoices !== customers || summary.bytes === 0) {
    console.error(`invoice-batch: unexpected result ${JSON.stringify(summary)}`);
    process.exitCode = 1;
  } else if (process.env.INVOICE_VERBOSE) {
    console.log(`invoice-batch: ${JSON.stringify(summary)}`);
  }
}

main();
