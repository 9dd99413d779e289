'use strict';
// Method + path routing with patterns compiled once at start-up.
const { createOrder, getOrder, listOrders } = require('./orders');

const ROUTES = [
  { method: 'POST', pattern: /^\/v1\/orders$/, handler: createOrder, scope: 'orders:write' },
  { method: 'GET', pattern: /^\/v1\/orders$/, handler: listOrders, scope: 'orders:read' },
  { method: 'GET', pattern: /^\/v1\/orders\/(?<id>ord_[a-z]+_\d{7})$/, handler: getOrder, scope: 'orders:read' },
  { method: 'GET', pattern: /^\/health$/, handler: () => ({ status: 200, body: { ok: true } }), scope: null },
];

function route(method, rawUrl, body, principal) {
  const url = new URL(rawUrl, 'http://orders.local');
  let pathMatched = false;
  for (const r of ROUTES) {
    const m = r.pattern.exec(url.pathname);
    if (!m) continue;
    pathMatched = true;
    if (r.method !== method) continue;
    if (r.scope && !principal.scopes.includes(r.scope)) return { status: 403, body: { error: 'forbidden' } };
    return r.handler({ params: m.groups || {}, query: url.searchParams, body, principal });
  }
  return pathMatched ? { status: 405, body: { error: 'method not allowed' } } : { status: 404, body: { error: 'not found' } };
}

module.exports = { route };
