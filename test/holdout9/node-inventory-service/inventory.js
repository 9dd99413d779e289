'use strict';

// In-memory stock ledger for a handful of warehouses, with 180 days of
// per-SKU sales history used by the replenishment forecast.
class Inventory {
  constructor({ skus = 4000, warehouses = ['HAM', 'MUC', 'LYS', 'RTM'], seed = 99 } = {}) {
    let s = seed;
    this.rand = () => { s = (s * 16807) % 2147483647; return s / 2147483647; };
    this.warehouses = warehouses;
    this.items = new Map();
    for (let i = 0; i < skus; i++) {
      const sku = `SKU${String(i).padStart(5, '0')}`;
      const stock = {};
      for (const w of warehouses) stock[w] = Math.floor(this.rand() * 500);
      const history = new Float64Array(180);
      for (let d = 0; d < 180; d++) history[d] = Math.floor(this.rand() * 40 * (1 + Math.sin(d / 7)));
      this.items.set(sku, { sku, weightGrams: 100 + Math.floor(this.rand() * 9000), stock, reserved: 0, history });
    }
  }

  get(sku) {
    return this.items.get(sku);
  }

  reserve(sku, warehouse, qty) {
    const item = this.items.get(sku);
    if (!item || item.stock[warehouse] < qty) return false;
    item.stock[warehouse] -= qty;
    item.reserved += qty;
    item.history[179] += qty;
    return true;
  }

  // Holt-style double exponential smoothing with a grid search over the
  // smoothing parameters, per SKU, then a 28-day projection.
  forecastAll(horizon = 28) {
    const result = [];
    for (const item of this.items.values()) {
      let best = { err: Infinity, alpha: 0, beta: 0 };
      for (let a = 1; a <= 9; a++) {
        for (let b = 1; b <= 5; b++) {
          const alpha = a / 10;
          const beta = b / 10;
          let level = item.history[0];
          let trend = item.history[1] - item.history[0];
          let err = 0;
          for (let t = 1; t < item.history.length; t++) {
            const predicted = level + trend;
            const actual = item.history[t];
            err += (actual - predicted) * (actual - predicted);
            const prevLevel = level;
            level = alpha * actual + (1 - alpha) * (level + trend);
            trend = beta * (level - prevLevel) + (1 - beta) * trend;
          }
          if (err < best.err) best = { err, alpha, beta, level, trend };
        }
      }
      const demand = Math.max(0, best.level * horizon + best.trend * (horizon * (horizon + 1)) / 2);
      const onHand = Object.values(item.stock).reduce((x, y) => x + y, 0);
      if (demand > onHand) result.push({ sku: item.sku, reorder: Math.ceil(demand - onHand), alpha: best.alpha, beta: best.beta });
    }
    result.sort((x, y) => y.reorder - x.reorder);
    return result;
  }
}

module.exports = { Inventory };
