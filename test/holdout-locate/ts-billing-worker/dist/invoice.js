"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.InvoiceBuilder = void 0;
const money_1 = require("./money");
class InvoiceBuilder {
    account;
    tax;
    lines = [];
    constructor(account, tax) {
        this.account = account;
        this.tax = tax;
    }
    addUsage() {
        const rate = this.tax.rate(this.account.region);
        this.lines = this.account.usage.map((record) => {
            const net = record.quantity * record.unitPrice;
            return { record, net, tax: net * rate };
        });
        return this;
    }
    applyExemptions() {
        for (const line of this.lines) {
            if (this.tax.exemptSkus.includes(line.record.sku))
                line.tax = 0;
        }
        return this;
    }
    render() {
        const rate = this.tax.rate(this.account.region);
        const rows = this.lines.map((l) => `${l.record.sku.padEnd(10)} ${String(l.record.quantity).padStart(4)} ${(0, money_1.gbp)(l.net).padStart(12)} ${l.tax === 0 ? "exempt" : "standard"}`);
        const total = this.lines.reduce((sum, l) => sum + l.net + l.tax, 0);
        return [`Invoice ${this.account.id} (VAT ${(0, money_1.percent)(rate)})`, ...rows, `Total ${(0, money_1.gbp)(total)}`].join('\n');
    }
}
exports.InvoiceBuilder = InvoiceBuilder;
//# sourceMappingURL=invoice.js.map