'use strict';

// Upstream automated-valuation service (normally a separate deployment).
const http = require('http');

const MAX_BATCH = 2;

function haversineKm(aLat, aLon, bLat, bLon) {
  const toRad = Math.PI / 180;
  const dLat = (bLat - aLat) * toRad;
  const dLon = (bLon - aLon) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * toRad) * Math.cos(bLat * toRad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

class ValuationModel {
  constructor(sales) {
    this.byDistrict = new Map();
    for (const s of sales) {
      if (!this.byDistrict.has(s.district)) this.byDistrict.set(s.district, []);
      this.byDistrict.get(s.district).push(s);
    }
  }

  estimate(subject) {
    const pool = this.byDistrict.get(subject.district) || [];
    const comps = [];
    for (const sale of pool) {
      const km = haversineKm(subject.lat, subject.lon, sale.lat, sale.lon);
      const sizeGap = Math.abs(sale.sqm - subject.sqm) / subject.sqm;
      const ageGap = Math.abs(sale.builtYear - subject.builtYear) / 50;
      comps.push({ sale, distance: km + sizeGap * 2 + ageGap + sale.monthsAgo / 24 });
    }
    comps.sort((a, b) => a.distance - b.distance);
    const top = comps.slice(0, 6);
    let weightSum = 0;
    let ppsqm = 0;
    for (const c of top) {
      const w = 1 / (0.05 + c.distance);
      weightSum += w;
      ppsqm += w * (c.sale.price / c.sale.sqm) * (1 + c.sale.monthsAgo * 0.004);
    }
    const perSqm = weightSum ? ppsqm / weightSum : 4000;
    const value = Math.round((perSqm * subject.sqm) / 500) * 500;
    return { id: subject.id, value, low: Math.round(value * 0.92), high: Math.round(value * 1.08), comparables: top.length };
  }
}

const ANNUAL_RATE = 0.0385;
const TERM_MONTHS = 360;

function monthlyPayment({ id, price }) {
  const principal = price * 0.8;
  const r = ANNUAL_RATE / 12;
  const payment = (principal * r) / (1 - (1 + r) ** -TERM_MONTHS);
  return { id, downPayment: Math.round(price * 0.2), monthly: Math.round(payment) };
}

function createValuationService(sales) {
  const model = new ValuationModel(sales);
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400).end();
        return;
      }
      let payload;
      if (req.url === '/v1/financing') {
        payload = JSON.stringify({ ratePct: ANNUAL_RATE * 100, quotes: (body.prices || []).map(monthlyPayment) });
      } else {
        const subjects = (body.subjects || []).slice(0, MAX_BATCH);
        payload = JSON.stringify({ model: 'avm-3.2', estimates: subjects.map((s) => model.estimate(s)) });
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
      res.end(payload);
    });
  });
  return server;
}

module.exports = { createValuationService, MAX_BATCH };
