'use strict';
// Month-end invoicing run: builds an invoice document for every order of every
// account, renders a plain-text statement per account and prints run totals.
const { seeded, buildCatalog, buildAccounts } = require('./catalog');
const { InvoiceBuilder } = require('./invoice');
const { Logger } = require('./logger');

const ACCOUNTS = Number(process.env.ACCOUNTS || 4000);
const log = new Logger('run');

function renderStatement(account, invoices) {
  const out = [`Statement for ${account.company} (${account.accountId})`];
  let due = 0;
  for (const inv of invoices) {
    out.push(`  ${inv.invoiceNo}  ${inv.issuedAt}  net ${inv.totals.net.toFixed(2)}  tax ${inv.totals.tax.toFixed(2)}  gross ${inv.totals.gross.toFixed(2)}`);
    due += inv.totals.gross;
  }
  out.push(`  Total due: ${due.toFixed(2)}`);
  return { text: out.join('\n'), due };
}

function main() {
  const rand = seeded(0x5eed);
  const catalog = buildCatalog(5000, rand);
  const catalogIndex = new Map(catalog.map((p) => [p.sku, p]));
  const accounts = buildAccounts(ACCOUNTS, catalog, rand);
  const builder = new InvoiceBuilder(catalogIndex);

  const t0 = Date.now();
  let invoiceCount = 0;
  let grandTotal = 0;
  let longest = 0;
  for (const account of accounts) {
    const invoices = account.orders.map((order) => builder.build(account, order));
    invoiceCount += invoices.length;
    const statement = renderStatement(account, invoices);
    grandTotal += statement.due;
    longest = Math.max(longest, statement.text.length);
  }
  log.info(`built ${invoiceCount} invoices for ${accounts.length} accounts in ${Date.now() - t0} ms`);
  log.info(`grand total ${grandTotal.toFixed(2)}, longest statement ${longest} chars`);
}

main();
