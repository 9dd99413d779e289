'use strict';
const http = require('http');
const zlib = require('zlib');

const uplinkAgent = new http.Agent({ keepAlive: true, maxSockets: 8 });

function postBatch(port, batch) {
  const payload = JSON.stringify(batch);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: `/v1/stations/${batch.stationId}/readings`,
      agent: uplinkAgent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'accept-encoding': 'gzip' },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`status ${res.statusCode}`));
        zlib.gunzip(Buffer.concat(chunks), (err, buf) => (err ? reject(err) : resolve(buf.length)));
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

function closeUplink() {
  uplinkAgent.destroy();
}

module.exports = { postBatch, closeUplink };
