// Monthly billing run: builds one invoice per account from usage records, applies tax
// exemptions and renders the invoice lines. Deterministic; prints nothing.
import { generateAccounts } from './fixtures';
import { InvoiceBuilder } from './invoice';
import { TaxTable } from './tax';

function run(): void {
  const accounts = generateAccounts(Number(process.env.BILLING_ACCOUNTS ?? 900));
  const tax = new TaxTable();
  let total = 0;
  for (const account of accounts) {
    const invoice = new InvoiceBuilder(account, tax).addUsage().applyExemptions().render();
    total += invoice.length;
  }
  if (total === 0) throw new Error('no invoice rendered');
}

run();
