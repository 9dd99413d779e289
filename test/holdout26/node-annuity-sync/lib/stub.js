'use strict';
const http = require('http');
const { createRng } = require('./rng');
const { PROVIDERS, COLUMNS } = require('./providers');

const DISTRICTS = ['B1', 'BS8', 'CF10', 'EH3', 'G12', 'LS6', 'M20', 'NE3', 'NW3', 'SW11', 'OX4', 'PL1', 'SO15', 'YO10'];

function formatDate(provider, y, m, d) {
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  switch (provider.code) {
    case 'LGA': return `${dd}/${mm}/${y}`;
    case 'CAN': return `${y}-${mm}-${dd}`;
    case 'AVI': return `${y}${mm}${dd}`;
    case 'JUS': return `${dd}-${mm}-${y}`;
    case 'STD': return `${y}/${mm}/${dd}`;
    default: return `${dd}.${mm}.${y}`;
  }
}

// Pre-renders every rate page of every provider, as the provider's bulk rate API would serve it.
function renderPages(pagesPerProvider, rowsPerPage) {
  const pages = new Map();
  for (const p of PROVIDERS) {
    const rng = createRng(p.code.charCodeAt(0) * 131 + p.code.charCodeAt(2));
    for (let page = 1; page <= pagesPerProvider; page++) {
      const lines = [COLUMNS.join(p.delimiter)];
      for (let r = 0; r < rowsPerPage; r++) {
        const age = 55 + rng.int(0, 30);
        const health = rng.pick(['standard', 'standard', 'enhanced', 'impaired']);
        const base = 0.045 + (age - 55) * 0.0021 + (health === 'standard' ? 0 : 0.006) + rng.next() * 0.004;
        lines.push([rng.pick(['LEVEL', 'RPI', 'FIXED3']), age, rng.pick(['M', 'F', 'J']), rng.pick(DISTRICTS),
          rng.pick(['0-50k', '50-100k', '100-250k', '250k+']), rng.pick(['none', 'rpi', '3pc']), rng.pick([0, 5, 10]),
          health, (base * 100).toFixed(4), formatDate(p, 2026, rng.int(1, 6), rng.int(1, 28))].join(p.delimiter));
      }
      pages.set(`/v2/providers/${p.code}/rates?page=${page}`, lines.join('\n'));
    }
  }
  return pages;
}

function startPanelStub(pagesPerProvider, rowsPerPage) {
  const pages = renderPages(pagesPerProvider, rowsPerPage);
  const server = http.createServer((req, res) => {
    const body = pages.get(req.url);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('no such page');
    }
    res.writeHead(200, { 'content-type': 'text/csv', 'x-total-pages': String(pagesPerProvider) });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port })));
}

// Runs as a separate process so the panel stands apart from the sync worker, like the real provider API.
if (require.main === module) {
  const pagesPerProvider = Number(process.argv[2]);
  const rowsPerPage = Number(process.argv[3]);
  startPanelStub(pagesPerProvider, rowsPerPage).then(({ server, port }) => {
    process.send({ port });
    process.on('message', (msg) => {
      if (msg === 'stop') server.close(() => process.exit(0));
    });
  });
}

module.exports = { startPanelStub };
