'use strict';
const http = require('http');
const crypto = require('crypto');

// In-process stand-in for the venue's printer gateway: validates ZPL and queues jobs.
function startGateway() {
  const queues = new Map();
  let jobSeq = 0;
  const server = http.createServer((req, res) => {
    const m = req.url.match(/^\/printers\/([\w-]+)\/jobs$/);
    if (req.method !== 'POST' || !m) { res.writeHead(404); return res.end(); }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const zpl = Buffer.concat(chunks).toString('latin1');
      if (!zpl.startsWith('^XA') || !zpl.trimEnd().endsWith('^XZ')) { res.writeHead(400); return res.end('{}'); }
      const fields = (zpl.match(/\^FD/g) || []).length;
      const checksum = crypto.createHash('md5').update(zpl).digest('hex').slice(0, 8);
      const q = queues.get(m[1]) || [];
      q.push({ id: ++jobSeq, fields, checksum, bytes: zpl.length });
      queues.set(m[1], q);
      const body = JSON.stringify({ job: jobSeq, position: q.length, checksum });
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port, queues })));
}

module.exports = { startGateway };
