'use strict';

const zlib = require('zlib');

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      if (chunks.length === 0) return resolve({});
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

function sendJson(req, res, status, payload) {
  let body = Buffer.from(JSON.stringify(payload));
  const headers = { 'content-type': 'application/json; charset=utf-8' };
  const accepts = req.headers['accept-encoding'] || '';
  if (accepts.includes('gzip') && body.length > 256) {
    body = zlib.gzipSync(body, { level: 9 });
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.length;
  res.writeHead(status, headers);
  res.end(body);
}

module.exports = { readJson, sendJson };
