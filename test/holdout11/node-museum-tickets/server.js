'use strict';

const http = require('http');
const crypto = require('crypto');
const { searchExhibitions } = require('./search');
const { priceVisit, renderReceipt, formatMoney } = require('./pricing');

const PROMOS = new Map([
  ['SPRING24', { code: 'SPRING24', percent: 10 }],
  ['NIGHTOWL', { code: 'NIGHTOWL', percent: 15 }],
  ['SCHOOLS', { code: 'SCHOOLS', percent: 25 }],
]);

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

function createServer({ catalog, members }) {
  const secret = crypto.randomBytes(32);
  let orderSeq = 0;
  const stats = { search: 0, quote: 0, checkout: 0, rejected: 0 };

  function findSlot(exhibition, date, time) {
    const day = exhibition.days.find((d) => d.date === date);
    return day ? day.slots.find((s) => s.time === time) : null;
  }

  function handleSearch(url, res) {
    stats.search++;
    const locale = url.searchParams.get('locale') || 'en-GB';
    const hits = searchExhibitions(catalog, url.searchParams.get('q'), { date: url.searchParams.get('date') });
    send(res, 200, {
      results: hits.map((h) => ({
        id: h.ex.id,
        title: h.ex.title,
        wing: h.ex.wing,
        from: formatMoney(Math.min(h.ex.prices.adult, h.ex.prices.concession), locale),
        openSlots: h.openSlots,
      })),
    });
  }

  function handleSlots(id, url, res) {
    const ex = catalog.byId.get(id);
    if (!ex) return send(res, 404, { error: 'unknown exhibition' });
    const day = ex.days.find((d) => d.date === url.searchParams.get('date')) || ex.days[0];
    send(res, 200, {
      date: day.date,
      slots: day.slots.map((s) => ({ time: s.time, left: s.capacity - s.sold })),
    });
  }

  function buildQuote(body, member) {
    const ex = catalog.byId.get(body.exhibitionId);
    if (!ex) return { error: 'unknown exhibition' };
    const slot = findSlot(ex, body.date, body.time);
    if (!slot) return { error: 'no such slot' };
    const promo = body.promo ? PROMOS.get(String(body.promo).toUpperCase()) : null;
    const quote = priceVisit(ex, body.visitors || [], { member, promo, audioGuide: body.audioGuide });
    const receipt = renderReceipt(ex, quote, { locale: body.locale || 'en-GB', date: body.date, time: body.time });
    return { ex, slot, quote, receipt };
  }

  async function handleQuote(req, res) {
    stats.quote++;
    const body = await readJson(req);
    const q = buildQuote(body, null);
    if (q.error) return send(res, 404, { error: q.error });
    send(res, 200, { receipt: q.receipt, left: q.slot.capacity - q.slot.sold });
  }

  async function handleCheckout(req, res) {
    stats.checkout++;
    const body = await readJson(req);
    let member = null;
    if (body.memberId) {
      member = members.authenticate(body.memberId, body.pin);
      if (!member) {
        stats.rejected++;
        return send(res, 401, { error: 'membership PIN rejected' });
      }
      member.visits++;
    }
    const q = buildQuote(body, member);
    if (q.error) return send(res, 404, { error: q.error });
    const party = (body.visitors || []).length;
    if (q.slot.capacity - q.slot.sold < party) {
      stats.rejected++;
      return send(res, 409, { error: 'slot sold out' });
    }
    q.slot.sold += party;
    const orderId = `ORD-${Date.now().toString(36)}-${(++orderSeq).toString(36)}`;
    const tickets = [];
    for (let i = 0; i < party; i++) {
      const mac = crypto.createHmac('sha256', secret).update(`${orderId}:${i}:${q.ex.id}:${body.date}T${body.time}`).digest('base64url');
      tickets.push({ seq: i + 1, code: mac.slice(0, 18) });
    }
    send(res, 201, { orderId, tickets, receipt: q.receipt });
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://museum.local');
    const parts = url.pathname.split('/').filter(Boolean);
    let work;
    if (req.method === 'GET' && url.pathname === '/api/exhibitions/search') work = handleSearch(url, res);
    else if (req.method === 'GET' && parts[1] === 'exhibitions' && parts[3] === 'slots') work = handleSlots(parts[2], url, res);
    else if (req.method === 'POST' && url.pathname === '/api/quote') work = handleQuote(req, res);
    else if (req.method === 'POST' && url.pathname === '/api/checkout') work = handleCheckout(req, res);
    else work = send(res, 404, { error: 'not found' });
    Promise.resolve(work).catch((err) => send(res, 400, { error: err.message }));
  });
  server.stats = stats;
  return server;
}

module.exports = { createServer };
