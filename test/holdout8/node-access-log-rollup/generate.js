'use strict';
const fs = require('node:fs');

const PATHS = [
  (r) => `/api/users/${r(5000)}`,
  (r) => `/api/users/${r(5000)}/orders`,
  (r) => `/api/orders/${r(90000)}/items/${r(40)}`,
  (r) => `/api/products/${r(3000)}`,
  (r) => `/api/search?q=term${r(200)}`,
  (r) => `/static/js/app.${r(10)}.js`,
  (r) => `/healthz`,
  (r) => `/api/carts/${r(20000)}/checkout`,
];
const AGENTS = ['Mozilla/5.0 (X11; Linux x86_64)', 'curl/8.1.2', 'Googlebot/2.1', 'okhttp/4.9.0', 'Mozilla/5.0 (iPhone)'];
const METHODS = ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE'];

function writeSyntheticLog(file, lines, seed = 1) {
  let s = seed;
  const rnd = () => (s = (s * 1664525 + 1013904223) >>> 0) / 0x100000000;
  const r = (n) => Math.floor(rnd() * n);
  const out = [];
  let ts = Date.UTC(2024, 4, 1);
  for (let i = 0; i < lines; i++) {
    ts += r(40);
    const ip = `10.${r(2)}.${r(8)}.${r(120)}`;
    const p = PATHS[r(PATHS.length)](r);
    const status = rnd() < 0.9 ? 200 : [301, 404, 500, 503][r(4)];
    const bytes = status === 301 || rnd() < 0.35 ? '-' : String(200 + r(60000));
    const rt = rnd() < 0.2 ? '-' : (rnd() * 0.8).toFixed(3);
    out.push(`${ip} - - [${new Date(ts).toISOString()}] "${METHODS[r(METHODS.length)]} ${p} HTTP/1.1" ${status} ${bytes} "-" "${AGENTS[r(AGENTS.length)]}" rt=${rt}`);
  }
  fs.writeFileSync(file, out.join('\n') + '\n');
}

module.exports = { writeSyntheticLog };
