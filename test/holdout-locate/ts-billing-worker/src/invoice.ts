import type { Account, UsageRecord } from './fixtures';
import { gbp, percent } from './money';
import type { TaxTable } from './tax';

interface Line {
  record: UsageRecord;
  net: number;
  tax: number;
}

export class InvoiceBuilder {
  private lines: Line[] = [];

  constructor(
    private readonly account: Account,
    private readonly tax: TaxTable,
  ) {}

  addUsage(): this {
    const rate = this.tax.rate(this.account.region);
    this.lines = this.account.usage.map((record) => {
      const net = record.quantity * record.unitPrice;
      return { record, net, tax: net * rate };
    });
    return this;
  }

  applyExemptions(): this {
    for (const line of this.lines) {
      if (this.tax.exemptSkus.includes(line.record.sku)) line.tax = 0;
    }
    return this;
  }

  render(): string {
    const rate = this.tax.rate(this.account.region);
    const rows = this.lines.map(
      (l) => `${l.record.sku.padEnd(10)} ${String(l.record.quantity).padStart(4)} ${gbp(l.net).padStart(12)} ${l.tax === 0 ? "exempt" : "standard"}`,
    );
    const total = this.lines.reduce((sum, l) => sum + l.net + l.tax, 0);
    return [`Invoice ${this.account.id} (VAT ${percent(rate)})`, ...rows, `Total ${gbp(total)}`].join('\n');
  }
}
