'use strict';
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Inventory } = require('./inventory');
const { CarrierClient } = require('./carrier');

function json(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req) {
  return new Promise((resolve) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { data += c; });
    req.on('end', () => resolve(data ? JSON.parse(data) : {}));
  });
}

function createInventoryService({ carrierPort, stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inventory-')) }) {
  const inventory = new Inventory();
  const auditLog = path.join(stateDir, 'reservations.audit.log');
  const flagsFile = path.join(stateDir, 'feature-flags.json');
  const binFile = path.join(stateDir, 'bin-locations.csv');
  fs.writeFileSync(flagsFile, JSON.stringify({ allowBackorder: false, quoteShipping: true, maxQtyPerLine: 25 }));
  // Bin locations are exported nightly by the WMS as CSV: sku,warehouse,aisle-rack-shelf,pickZone
  const binRows = ['sku,warehouse,bin,zone'];
  for (const item of inventory.items.values()) {
    for (const w of inventory.warehouses) binRows.push(`${item.sku},${w},${String.fromCharCode(65 + (item.weightGrams % 20))}-${item.weightGrams % 40}-${item.weightGrams % 7},Z${item.weightGrams % 5}`);
  }
  fs.writeFileSync(binFile, binRows.join('\n') + '\n');

  function binLocations(sku) {
    const csv = fs.readFileSync(binFile, 'utf8');
    const bins = {};
    let at = csv.indexOf(`\n${sku},`);
    while (at !== -1) {
      const end = csv.indexOf('\n', at + 1);
      const [, warehouse, bin, zone] = csv.slice(at + 1, end).split(',');
      bins[warehouse] = { bin, zone };
      at = csv.indexOf(`\n${sku},`, end);
    }
    return bins;
  }

  async function reserve(req, res) {
    const body = await readBody(req);
    const flags = JSON.parse(fs.readFileSync(flagsFile, 'utf8'));
    if (body.qty > flags.maxQtyPerLine) return json(res, 422, { error: 'qty over limit' });
    const ok = inventory.reserve(body.sku, body.warehouse, body.qty);
    fs.appendFileSync(auditLog, `${new Date().toISOString()}\t${body.orderRef}\t${body.sku}\t${body.warehouse}\t${body.qty}\t${ok ? 'OK' : 'SHORT'}\n`);
    if (!ok) return json(res, 409, { error: 'insufficient stock' });

    const carrier = new CarrierClient({ port: carrierPort });
    let shipping = null;
    if (flags.quoteShipping && body.wantQuote) {
      const item = inventory.get(body.sku);
      shipping = await carrier.quote({ weightGrams: item.weightGrams * body.qty, zone: body.zone });
    }
    carrier.close();
    return json(res, 201, { reserved: body.qty, shipping });
  }

  function stock(res, sku) {
    const item = inventory.get(sku);
    if (!item) return json(res, 404, { error: 'unknown sku' });
    return json(res, 200, { sku, stock: item.stock, reserved: item.reserved, bins: binLocations(sku) });
  }

  function replenishment(res) {
    const plan = inventory.forecastAll();
    return json(res, 200, { generatedAt: Date.now(), lines: plan.length, top: plan.slice(0, 20) });
  }

  const server = http.createServer((req, res) => {
    const url = req.url;
    if (req.method === 'POST' && url === '/reservations') {
      reserve(req, res).catch((err) => json(res, 500, { error: err.message }));
    } else if (req.method === 'GET' && url.startsWith('/stock/')) {
      stock(res, url.slice(7));
    } else if (req.method === 'GET' && url === '/replenishment-plan') {
      replenishment(res);
    } else {
      json(res, 404, { error: 'not found' });
    }
  });
  server.on('close', () => fs.rmSync(stateDir, { recursive: true, force: true }));
  return server;
}

module.exports = { createInventoryService };
