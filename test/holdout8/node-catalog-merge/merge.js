'use strict';
const path = require('node:path');
const util = require('node:util');
const { createLogger } = require('./logger');

const log = createLogger('catalog-merge');
const RULES_PATH = path.join(__dirname, 'pricing-rules.js');

function loadPricingRules() {
  // Always pick up the latest rules the pricing team dropped in.
  delete require.cache[RULES_PATH];
  return require(RULES_PATH);
}

function cloneProduct(product) {
  return JSON.parse(JSON.stringify(product));
}

function fingerprint(record) {
  const s = JSON.stringify(record);
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(16);
}

class CatalogMerger {
  constructor() {
    this.catalog = new Map();
    this.stats = { created: 0, updated: 0, unchanged: 0, clearance: 0 };
  }

  mergeItem(incoming) {
    const rules = loadPricingRules();
    const existing = this.catalog.get(incoming.sku);
    const item = cloneProduct(incoming); // feed pages are shared between consumers; never mutate them
    const next = existing ? cloneProduct(existing) : { sku: item.sku, history: [] };
    log.debug(`merging ${incoming.sku}: incoming=${util.inspect(incoming, { depth: null })} existing=${util.inspect(existing, { depth: null })}`);
    Object.assign(next, {
      title: item.title,
      category: item.category,
      supplier: item.supplier,
      cost: item.cost,
      stock: item.stock,
      attributes: item.attributes,
      images: item.images,
    });
    next.price = rules.retailPrice(item);
    next.clearance = rules.isClearance(item);
    if (next.clearance) this.stats.clearance++;
    const fp = fingerprint({ ...next, history: undefined, fingerprint: undefined });
    if (existing && existing.fingerprint === fp) {
      this.stats.unchanged++;
      return;
    }
    next.fingerprint = fp;
    if (next.history.length < 5) next.history.push({ price: next.price, supplier: item.supplier });
    this.catalog.set(incoming.sku, next);
    if (existing) this.stats.updated++;
    else this.stats.created++;
  }

  async mergeFeed(pages) {
    for await (const page of pages) {
      page.forEach((item) => this.mergeItem(item));
      log.info(`page merged: ${page.length} items, catalog size ${this.catalog.size}`);
    }
  }
}

module.exports = { CatalogMerger, log };
