'use strict';

const http = require('http');
const zlib = require('zlib');
const { DAY_MS } = require('./store');
const { interactionsFor } = require('./formulary');
const { DispensingClient } = require('./dispensing-client');
const { overdueReviewReport } = require('./reviews');

const COMPRESS_ABOVE = 1024;
const PATIENT_PATH = /^\/patients\/(P\d{6})\/(medication|requests)$/;
const ACCEPTS_GZIP = /\bgzip\b/;

function sendJson(req, res, status, body) {
  let payload = Buffer.from(JSON.stringify(body));
  const headers = { 'content-type': 'application/json; charset=utf-8' };
  if (payload.length > COMPRESS_ABOVE && ACCEPTS_GZIP.test(req.headers['accept-encoding'] || '')) {
    payload = zlib.gzipSync(payload, { level: zlib.constants.Z_BEST_COMPRESSION });
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = payload.length;
  res.writeHead(status, headers);
  res.end(payload);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (err) {
        reject(Object.assign(new Error('invalid JSON'), { status: 400 }));
      }
    });
    req.on('error', reject);
  });
}

function medicationView(store, patient, now) {
  const substances = patient.items.map((i) => i.substance);
  return {
    patient: { id: patient.id, name: patient.name, nominatedPharmacy: patient.nominatedPharmacy },
    items: patient.items.map((item) => {
      const product = store.productByCode.get(item.productCode);
      const last = item.history[0];
      const nextEligible = last.date + Math.round(item.daysSupply * 0.75) * DAY_MS;
      return {
        itemId: item.itemId,
        product: product.name,
        dose: item.dose,
        guidance: product.guidance,
        quantity: item.quantity,
        issuesRemaining: item.issuesAllowed - item.issuesUsed,
        lastIssued: new Date(last.date).toISOString().slice(0, 10),
        canOrderFrom: new Date(nextEligible).toISOString().slice(0, 10),
        orderableNow: nextEligible <= now && item.issuesUsed < item.issuesAllowed,
        reviewDue: new Date(item.reviewDue).toISOString().slice(0, 10),
        recentIssues: item.history.slice(0, 12).map((h) => ({
          date: new Date(h.date).toISOString().slice(0, 10),
          quantity: h.quantity,
          pharmacy: patient.nominatedPharmacy,
          status: h.date > now - item.daysSupply * DAY_MS ? 'current' : 'completed',
        })),
        alternatives: store.productsBySubstance.get(item.substance)
          .filter((p) => p.code !== item.productCode)
          .slice(0, 30)
          .map((p) => ({ code: p.code, name: p.name, form: p.form, supplier: p.supplier, packSize: p.packSize, price: (p.priceP / 100).toFixed(2) })),
      };
    }),
    warnings: interactionsFor(substances),
  };
}

function checkRequest(patient, itemIds, now) {
  const accepted = [];
  const rejected = [];
  const byId = new Map(patient.items.map((i) => [i.itemId, i]));
  for (const itemId of itemIds) {
    const item = byId.get(itemId);
    if (!item) {
      rejected.push({ itemId, reason: 'not on repeat template' });
    } else if (item.issuesUsed >= item.issuesAllowed) {
      rejected.push({ itemId, reason: 'no issues left - needs authorising' });
    } else if (now < item.history[0].date + Math.round(item.daysSupply * 0.75) * DAY_MS) {
      rejected.push({ itemId, reason: 'requested too early' });
    } else if (now > item.reviewDue + 90 * DAY_MS) {
      rejected.push({ itemId, reason: 'medication review overdue' });
    } else {
      accepted.push(item);
    }
  }
  return { accepted, rejected };
}

function createService({ store, clock, pharmacyUrl, pharmacyAgent }) {
  async function handleRequest(req, res) {
    try {
      const now = clock();
      if (req.method === 'GET' && req.url === '/practice/overdue-reviews') {
        sendJson(req, res, 200, overdueReviewReport(store, now));
        return;
      }
      const m = PATIENT_PATH.exec(req.url);
      const patient = m && store.patients.get(m[1]);
      if (!patient) {
        sendJson(req, res, 404, { error: 'not found' });
        return;
      }
      if (req.method === 'GET' && m[2] === 'medication') {
        sendJson(req, res, 200, medicationView(store, patient, now));
        return;
      }
      if (req.method === 'POST' && m[2] === 'requests') {
        const body = await readBody(req);
        const { accepted, rejected } = checkRequest(patient, body.itemIds || [], now);
        if (!accepted.length) {
          sendJson(req, res, 422, { rejected });
          return;
        }
        const order = store.createOrder(patient, accepted, now);
        const dispensing = new DispensingClient({
          baseUrl: pharmacyUrl,
          agent: pharmacyAgent,
          practiceCode: 'L83042',
          formulary: store.formulary,
        });
        const dispensed = await dispensing.submit(order);
        sendJson(req, res, 201, {
          order: order.id,
          items: accepted.map((i) => i.itemId),
          rejected,
          pharmacy: order.pharmacy,
          readyInHours: dispensed.readyInHours,
          warnings: interactionsFor(patient.items.map((i) => i.substance)),
        });
        return;
      }
      sendJson(req, res, 405, { error: 'method not allowed' });
    } catch (err) {
      sendJson(req, res, err.status || 500, { error: err.message });
    }
  }

  return http.createServer(handleRequest);
}

module.exports = { createService };
