'use strict';
// JSON responses with a strong ETag and conditional GET support.
const crypto = require('node:crypto');

function etagOf(payload) {
  return '"' + crypto.createHash('sha1').update(JSON.stringify(payload)).digest('base64url') + '"';
}

function sendJson(req, res, status, payload) {
  const etag = etagOf(payload);
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag });
    res.end();
    return;
  }
  const body = JSON.stringify(payload);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    etag,
  });
  res.end(body);
}

module.exports = { sendJson };
