'use strict';

const http = require('http');

const NON_LETTERS = /[^A-Z]/g;

// Client for the pharmacy dispensing system. Practice product codes are mapped
// to the pharmacy's own product codes (the pharmacy keys generics by
// substance/strength/form and branded lines by supplier).
class DispensingClient {
  constructor({ baseUrl, agent, practiceCode, formulary, timeoutMs = 2000 }) {
    this.base = new URL(baseUrl);
    this.agent = agent;
    this.practiceCode = practiceCode;
    this.timeoutMs = timeoutMs;
    this.productIndex = new Map();
    this.aliasIndex = new Map();
    this.substitutes = new Map();
    for (const product of formulary) {
      const pharmacyCode = `${product.substance.toUpperCase().replace(NON_LETTERS, '').slice(0, 8)}-${product.strength}-${product.form.split(' ')[0].toUpperCase()}-${product.packSize}`;
      const equivalence = `${product.substance}|${product.strength}|${product.unit}`;
      this.productIndex.set(product.code, { pharmacyCode, name: product.name, packSize: product.packSize, equivalence });
      for (const alias of product.aliases) this.aliasIndex.set(alias.toLowerCase(), product.code);
      if (!this.substitutes.has(equivalence)) this.substitutes.set(equivalence, []);
      this.substitutes.get(equivalence).push({ pharmacyCode, supplier: product.supplier, priceP: product.priceP });
    }
    for (const list of this.substitutes.values()) list.sort((a, b) => a.priceP - b.priceP);
  }

  pharmacyLine(item) {
    const mapped = this.productIndex.get(item.productCode);
    if (!mapped) throw new Error(`product ${item.productCode} not in the pharmacy catalogue`);
    // Equivalent products the pharmacy may supply instead if the line is out of stock.
    const substitutes = this.substitutes.get(mapped.equivalence)
      .filter((s) => s.pharmacyCode !== mapped.pharmacyCode)
      .slice(0, 3)
      .map((s) => s.pharmacyCode);
    return { pharmacyCode: mapped.pharmacyCode, description: mapped.name, packs: Math.ceil(item.quantity / mapped.packSize), substitutes };
  }

  submit(order) {
    const payload = JSON.stringify({
      practiceCode: this.practiceCode,
      orderRef: order.id,
      pharmacy: order.pharmacy,
      patientRef: order.patientId,
      lines: order.items.map((item) => this.pharmacyLine(item)),
    });
    return new Promise((resolve, reject) => {
      const req = http.request({
        host: this.base.hostname,
        port: this.base.port,
        path: '/dispense-orders',
        method: 'POST',
        agent: this.agent,
        timeout: this.timeoutMs,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          if (res.statusCode >= 400) reject(Object.assign(new Error(body.error || 'dispensing failed'), { status: 502 }));
          else resolve(body);
        });
      });
      req.on('timeout', () => req.destroy(new Error('dispensing system timed out')));
      req.on('error', reject);
      req.end(payload);
    });
  }
}

module.exports = { DispensingClient };
