'use strict';
// Product search API: an HTTP server and a load-generating client in one process.
const http = require('node:http');
const crypto = require('node:crypto');
const { buildCatalog, mulberry32 } = require('./catalog');
const { SearchIndex, tokenize } = require('./search-index');
const { issueSession, verifySession } = require('./auth');
const { highlightHit } = require('./highlight');
const { renderResults } = require('./page');
const { sendJson } = require('./respond');

const REQUESTS = Number(process.env.REQUESTS || 1400);
const CONCURRENCY = 4;

const { products, vocabulary } = buildCatalog(6000);
const index = new SearchIndex(products);

function formatPrice(cents) {
  return `$${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

function handleSearch(req, res, url) {
  const session = verifySession(req.headers['x-session']);
  if (!session) return sendJson(req, res, 401, { error: 'invalid session' });
  const q = url.searchParams.get('q') || '';
  const terms = [...new Set(tokenize(q))].slice(0, 6);
  const category = url.searchParams.get('category') || undefined;
  const result = index.search(terms, { limit: 24, category });
  const hits = result.hits.map(({ product, score }) => {
    const marked = highlightHit(product, terms);
    return {
      id: product.id, sku: product.sku, category: product.category,
      title: marked.title, snippet: marked.snippet, price: formatPrice(product.priceCents),
      brand: marked.brand, tags: marked.tags, rating: product.rating, inStock: product.stock > 0,
      score: Math.round(score * 1000) / 1000,
      description: product.description,
    };
  });
  const payload = {
    query: q, user: session.user, total: result.total, facets: index.facets(terms), hits,
  };
  if (url.searchParams.get('format') === 'html') payload.html = renderResults(q, hits);
  sendJson(req, res, 200, payload);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/search') return handleSearch(req, res, url);
  res.writeHead(404);
  res.end();
});

function runClients(port, done) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const rand = mulberry32(7);
  const users = ['ana', 'bo', 'chen', 'dee', 'eli', 'fay'];
  const tokens = users.map((u, i) => issueSession(u, crypto.createHash('md5').update(u + i).digest()));
  let sent = 0;
  let finished = 0;
  const next = () => {
    if (sent >= REQUESTS) return;
    const n = sent++;
    const words = [];
    for (let i = 0; i < 2 + (n % 3); i++) words.push(vocabulary[Math.floor(Math.pow(rand(), 1.6) * 400)]);
    const params = new URLSearchParams({ q: words.join(' ') });
    if (n % 5 === 0) params.set('category', 'garden');
    if (n % 4 !== 3) params.set('format', 'html');
    const req = http.request({
      port, agent, path: `/search?${params}`, headers: { 'x-session': tokens[n % tokens.length] },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        if (res.statusCode === 200) JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (++finished === REQUESTS) { agent.destroy(); done(); } else next();
      });
    });
    req.end();
  };
  for (let i = 0; i < CONCURRENCY; i++) next();
}

server.listen(0, '127.0.0.1', () => {
  runClients(server.address().port, () => server.close());
});
