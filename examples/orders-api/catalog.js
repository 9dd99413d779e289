'use strict';
// Product catalogue and inventory configuration, loaded once at start-up.
const { buildCatalog } = require('./fixtures');

const products = buildCatalog();
const productsBySku = new Map(products.map((p) => [p.sku, p]));

const INVENTORY_CONFIG = {
  endpoint: 'http://inventory.internal:8080/v2?timeoutMs=1500&retries=3',
  maxSockets: 32,
  stock: products.map((p) => ({ sku: p.sku, warehouse: p.warehouse, stock: p.stock })),
};

module.exports = { productsBySku, INVENTORY_CONFIG };
