import { amount, quantity } from './columns.js';

export class StockReport {
  #discontinued = [];

  constructor({ blockedWarehouses }) {
    this.blocked = blockedWarehouses;
    for (let i = 0; i < 5000; i += 2) this.#discontinued.push(`P${i}`);
  }

  render(rows) {
    return rows
      .filter((row) => this.blocked.indexOf(row.warehouse) === -1)
      .map((row) => {
        const flag = this.#discontinued.indexOf(row.sku) >= 0 ? 'DISCONTINUED' : '';
        return [row.id, row.sku, row.warehouse, quantity(row.quantity), amount(row.quantity * row.unitCost), flag].join(';');
      })
      .join('\n');
  }
}
