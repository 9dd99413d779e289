"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Monthly billing run: builds one invoice per account from usage records, applies tax
// exemptions and renders the invoice lines. Deterministic; prints nothing.
const fixtures_1 = require("./fixtures");
const invoice_1 = require("./invoice");
const tax_1 = require("./tax");
function run() {
    const accounts = (0, fixtures_1.generateAccounts)(Number(process.env.BILLING_ACCOUNTS ?? 900));
    const tax = new tax_1.TaxTable();
    let total = 0;
    for (const account of accounts) {
        const invoice = new invoice_1.InvoiceBuilder(account, tax).addUsage().applyExemptions().render();
        total += invoice.length;
    }
    if (total === 0)
        throw new Error('no invoice rendered');
}
run();
//# sourceMappingURL=main.js.map