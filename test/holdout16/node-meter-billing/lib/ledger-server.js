'use strict';

const http = require('http');

// Stand-in for the co-op's settlement and accounts service, started in
// process for the billing run's dry-run mode. It keeps the journal in memory
// and applies the same validation as the real service.

const MPAN_RE = /^\d{13}$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function createLedgerServer() {
  const journal = [];
  const balances = new Map();
  const settlement = new Map();
  let seq = 0;

  function validateDaily(rec) {
    if (!MPAN_RE.test(rec.mpan || '')) return 'bad mpan';
    if (!DATE_RE.test(rec.date || '')) return 'bad date';
    if (typeof rec.importKwh !== 'number' || rec.importKwh < 0) return 'bad importKwh';
    return null;
  }

  function validateInvoice(inv) {
    if (!inv.invoiceNo || !inv.memberNo) return 'missing identifiers';
    if (!Number.isInteger(inv.totalPence)) return 'totalPence must be an integer';
    return null;
  }

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch (e) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end('{"error":"bad json"}');
        return;
      }
      let status = 201;
      let out;
      if (req.method === 'POST' && req.url === '/v1/settlement/daily') {
        const err = validateDaily(body);
        if (err) {
          status = 422;
          out = { error: err };
        } else {
          const key = `${body.mpan}:${body.date}`;
          const replaced = settlement.has(key);
          settlement.set(key, { importKwh: body.importKwh, exportKwh: body.exportKwh, estimatedSlots: body.estimatedSlots });
          out = { key, replaced };
        }
      } else if (req.method === 'POST' && req.url === '/v1/invoices') {
        const err = validateInvoice(body);
        if (err) {
          status = 422;
          out = { error: err };
        } else {
          const entry = { id: ++seq, invoiceNo: body.invoiceNo, memberNo: body.memberNo, amount: body.totalPence };
          journal.push(entry);
          balances.set(body.memberNo, (balances.get(body.memberNo) || 0) + body.totalPence);
          out = { journalId: entry.id, balancePence: balances.get(body.memberNo) };
        }
      } else {
        status = 404;
        out = { error: 'not found' };
      }
      const text = JSON.stringify(out);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
  });

  return { server, journal, balances, settlement };
}

module.exports = { createLedgerServer };
