'use strict';
// Produces a synthetic nginx-style access log so the analyzer has something to chew on.
function* accessLogLines(count, seed = 7) {
  let s = seed >>> 0;
  const rnd = () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
  const paths = ['/api/cart', '/api/search', '/api/items/{id}', '/static/app.js', '/login', '/api/checkout', '/health'];
  const agents = ['Mozilla/5.0 (X11; Linux x86_64)', 'curl/8.4.0', 'okhttp/4.12', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1)'];
  let ts = Date.UTC(2024, 2, 1, 0, 0, 0);
  for (let i = 0; i < count; i++) {
    ts += Math.floor(rnd() * 400);
    const ip = `10.${Math.floor(rnd() * 8)}.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)}`;
    const path = paths[Math.floor(rnd() * paths.length)].replace('{id}', String(Math.floor(rnd() * 90000)));
    const status = rnd() < 0.9 ? 200 : rnd() < 0.5 ? 404 : 503;
    const bytes = rnd() < 0.15 ? '-' : String(Math.floor(rnd() * 250000));
    const upstream = rnd() < 0.3 ? '-' : (rnd() * 1.8).toFixed(3);
    const session = `s${Math.floor(rnd() * 9000).toString(36)}`;
    yield `${ip} - - [${new Date(ts).toISOString()}] "GET ${path} HTTP/1.1" ${status} ${bytes} "${agents[Math.floor(rnd() * agents.length)]}" rt=${upstream} sid=${session}`;
  }
}

module.exports = { accessLogLines };
