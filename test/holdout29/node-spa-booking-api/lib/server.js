'use strict';
const http = require('http');
const { Diary } = require('./diary');
const { MenuService } = require('./quotes');
const { verifyVoucherPin } = require('./vouchers');

function minutesToDate(day, minutes) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, Math.floor(minutes / 60), minutes % 60));
}

function shiftDay(day, offset) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}

function describeSlot(slot) {
  const startsAt = minutesToDate(slot.day, slot.start);
  const endsAt = minutesToDate(slot.day, slot.end);
  const day = startsAt.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/London' });
  const from = startsAt.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
  const to = endsAt.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
  return { ...slot, label: `${day}, ${from}–${to} with ${slot.therapistName} (${slot.roomName} room)` };
}

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

function createSpaServer(catalogue, vouchers) {
  const diary = new Diary(catalogue);
  const menu = new MenuService(catalogue);
  const stats = { availability: 0, quotes: 0, bookings: 0, rejected: 0, voucherFailures: 0 };

  async function handleAvailability(url, res) {
    const day = url.searchParams.get('day');
    const code = url.searchParams.get('treatment');
    const extra = Number(url.searchParams.get('extra') || 0);
    const slots = diary.findSlots(day, code, extra, 5).map(describeSlot);
    const alternatives = [];
    for (let offset = 1; offset <= 6; offset++) {
      const altDay = shiftDay(day, offset);
      const found = diary.findSlots(altDay, code, extra, 48);
      alternatives.push({ day: altDay, openings: found.length, earliest: found.length ? found[0].start : null });
    }
    stats.availability++;
    send(res, 200, { day, treatment: code, slots, alternatives });
  }

  async function handleQuote(req, res) {
    const body = await readJson(req);
    const quote = menu.priceBasket(body.items || [], body.packageCode);
    stats.quotes++;
    send(res, 200, quote);
  }

  async function handleBooking(req, res) {
    const body = await readJson(req);
    const quote = menu.priceBasket(body.items || [], body.packageCode);
    let voucherApplied = 0;
    if (body.voucher) {
      const voucher = vouchers.get(body.voucher.code);
      if (!voucher || !verifyVoucherPin(voucher, body.voucher.pin)) {
        stats.voucherFailures++;
        send(res, 403, { error: 'voucher rejected' });
        return;
      }
      voucherApplied = Math.min(voucher.balancePence, quote.totalPence);
      voucher.balancePence -= voucherApplied;
    }
    const slots = diary.findSlots(body.day, body.items[0].code, 0, 6);
    const preferred = slots.find((s) => s.therapistId === body.therapistId) || slots[0];
    const entry = preferred && diary.reserve(preferred, body.guest, body.items[0].code);
    if (!entry) {
      stats.rejected++;
      send(res, 409, { error: 'no availability' });
      return;
    }
    stats.bookings++;
    send(res, 201, { booking: entry.id, slot: describeSlot(preferred), quote, voucherAppliedPence: voucherApplied });
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://spa.local');
    let work;
    if (req.method === 'GET' && url.pathname === '/v1/availability') work = handleAvailability(url, res);
    else if (req.method === 'POST' && url.pathname === '/v1/quotes') work = handleQuote(req, res);
    else if (req.method === 'POST' && url.pathname === '/v1/bookings') work = handleBooking(req, res);
    else work = Promise.resolve(send(res, 404, { error: 'not found' }));
    work.catch((err) => send(res, 400, { error: err.message }));
  });
  server.stats = stats;
  return server;
}

module.exports = { createSpaServer, describeSlot };
