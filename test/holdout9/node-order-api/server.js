'use strict';
const http = require('http');
const { CredentialStore } = require('./auth');
const { validateOrder, promoApplies } = require('./validation');

const PRICE_BOOK = new Map();
for (let i = 0; i < 500; i++) PRICE_BOOK.set(`SKU-${String(1000 + i)}`, 199 + ((i * 37) % 4000));

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

function priceOrder(order) {
  let subtotal = 0;
  let discount = 0;
  for (const line of order.lines) {
    const base = line.sku.replace(/^[A-Z0-9]+:/i, '').slice(0, 8);
    const amount = (PRICE_BOOK.get(base) || 999) * line.qty;
    subtotal += amount;
    if (promoApplies(order.promoCode, order.merchantId, order.email, base)) discount += Math.round(amount * 0.1);
  }
  return { subtotal, discount, total: subtotal - discount };
}

function createOrderServer() {
  const credentials = new CredentialStore();
  for (let i = 0; i < 50; i++) credentials.register(`shopper${i}`, `hunter-${i}-pass`);
  const orders = new Map();
  let nextId = 1;

  async function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    if (req.method === 'POST' && url.pathname === '/login') {
      const body = await readJson(req);
      if (!credentials.verifyPassword(body.username, body.password)) return send(res, 401, { error: 'bad credentials' });
      return send(res, 200, { token: credentials.issueSession(body.username) });
    }
    const session = credentials.lookupSession(req.headers['x-session']);
    if (!session) return send(res, 401, { error: 'no session' });

    if (req.method === 'POST' && url.pathname === '/orders') {
      const order = await readJson(req);
      const errors = validateOrder(order);
      if (errors.length) return send(res, 422, { errors });
      const pricing = priceOrder(order);
      const id = nextId++;
      orders.set(id, { id, owner: session.username, ...order, pricing, createdAt: Date.now() });
      return send(res, 201, { id, ...pricing });
    }
    const m = /^\/orders\/(\d+)$/.exec(url.pathname);
    if (req.method === 'GET' && m) {
      const order = orders.get(Number(m[1]));
      if (!order || order.owner !== session.username) return send(res, 404, { error: 'not found' });
      return send(res, 200, order);
    }
    return send(res, 404, { error: 'no route' });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => send(res, 400, { error: err.message }));
  });
  server.orderCount = () => orders.size;
  return server;
}

module.exports = { createOrderServer };
