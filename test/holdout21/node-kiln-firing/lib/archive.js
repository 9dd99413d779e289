'use strict';

const http = require('http');

// Pyrometer trace archive: stores gzipped traces and hands back an id.
function startArchive() {
  const traces = new Map();
  let next = 1;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST' && req.url.startsWith('/traces/')) {
        const id = `TR${String(next++).padStart(7, '0')}`;
        traces.set(id, { kiln: req.url.slice(8), body: Buffer.concat(chunks) });
        res.writeHead(201, { 'content-type': 'text/plain' });
        res.end(id);
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  server.keepAliveTimeout = 5000;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, traces })));
}

class ArchiveClient {
  constructor(port) {
    this.port = port;
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  }

  store(kilnId, gz) {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method: 'POST',
          path: `/traces/${encodeURIComponent(kilnId)}`,
          agent: this.agent,
          headers: { 'content-type': 'application/gzip', 'content-length': gz.length },
        },
        (res) => {
          let id = '';
          res.setEncoding('utf8');
          res.on('data', (c) => (id += c));
          res.on('end', () => (res.statusCode === 201 ? resolve(id) : reject(new Error(`archive ${res.statusCode}`))));
        }
      );
      req.on('error', reject);
      req.end(gz);
    });
  }

  close() {
    this.agent.destroy();
  }
}

module.exports = { startArchive, ArchiveClient };
