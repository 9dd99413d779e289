'use strict';

const path = require('path');
const { WarehouseClient } = require('./warehouse-client');

const RULES_PATH = path.join(__dirname, 'pricing-rules.js');

function currentPricingRules() {
  delete require.cache[RULES_PATH];
  return require(RULES_PATH);
}

function forecastDemand(sku, history) {
  // Holt's linear smoothing over the last weeks of sales
  let level = history[0];
  let trend = 0;
  for (let i = 1; i < history.length; i++) {
    const prev = level;
    level = 0.4 * history[i] + 0.6 * (level + trend);
    trend = 0.2 * (level - prev) + 0.8 * trend;
  }
  return Math.max(0, level + 7 * trend) || sku.dailyDemand;
}

function reconcileChunk(warehouse, chunk, ctx) {
  const rules = currentPricingRules();
  const counts = ctx.counts.get(warehouse.code);
  const adjustments = [];
  for (const sku of chunk) {
    const c = counts.get(sku.code) || { onHand: 0, reserved: 0 };
    const history = [];
    for (let d = 0; d < 240; d++) history.push(sku.dailyDemand * (0.6 + ctx.rand() * 0.8));
    const demand = forecastDemand(sku, history);
    const rop = rules.reorderPoint(sku, demand, 5 + (sku.code.charCodeAt(3) % 9));
    const available = c.onHand - c.reserved;
    const price = rules.unitPrice(sku, warehouse.region);
    if (available < rop) {
      adjustments.push({ sku: sku.code, reorder: rop * 2 - available, price, value: Math.round((rop * 2 - available) * sku.cost * 100) / 100 });
    } else if (available > rop * 6) {
      adjustments.push({ sku: sku.code, transferOut: available - rop * 3, price });
    }
  }
  if (adjustments.length === 0) return 0;
  const client = new WarehouseClient(warehouse, { dryRun: true, outbox: ctx.outbox });
  client.adjustStock(adjustments);
  return adjustments.length;
}

module.exports = { reconcileChunk, forecastDemand };
