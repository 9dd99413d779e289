'use strict';
// A small SDK-style client for the inventory service. The constructor does what such
// clients do: it parses and checks its configuration, sets up an HTTP agent for
// keep-alive connections, and builds the routing tables it needs (SKU -> stock row,
// country -> local warehouses).
const http = require('node:http');

class InventoryClient {
  constructor(config) {
    const endpoint = new URL(config.endpoint);
    if (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:') {
      throw new Error(`inventory: unsupported protocol ${endpoint.protocol}`);
    }
    this.endpoint = endpoint;
    this.timeoutMs = Number(endpoint.searchParams.get('timeoutMs') || 2000);
    this.retries = Number(endpoint.searchParams.get('retries') || 2);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: config.maxSockets || 16 });

    this.stockBySku = new Map();
    this.warehousesByCountry = new Map();
    for (const row of config.stock) {
      this.stockBySku.set(row.sku, { sku: row.sku, warehouse: row.warehouse, available: row.stock });
      const country = row.warehouse.slice(3, 5).toUpperCase();
      let warehouses = this.warehousesByCountry.get(country);
      if (!warehouses) {
        warehouses = new Set();
        this.warehousesByCountry.set(country, warehouses);
      }
      warehouses.add(row.warehouse);
    }
  }

  // Reserves stock for the order's items; returns which warehouse ships each one.
  reserve(items, country) {
    const preferred = this.warehousesByCountry.get(country) || new Set();
    const lines = [];
    for (const item of items) {
      const row = this.stockBySku.get(item.sku);
      if (!row) return { ok: false, reason: `unknown sku ${item.sku}` };
      const local = preferred.has(row.warehouse);
      lines.push({ sku: item.sku, quantity: item.quantity, warehouse: row.warehouse, local, backorder: row.available < item.quantity });
    }
    return { ok: true, lines };
  }
}

module.exports = { InventoryClient };
