'use strict';
// HTTP layer: reads the body, authenticates, parses JSON once, routes, and writes the
// JSON response (gzip-compressed when the client accepts it and the body is large).
const http = require('node:http');
const zlib = require('node:zlib');
const { authenticate } = require('./auth');
const { route } = require('./router');

const MAX_BODY_BYTES = 1 << 20;
const COMPRESS_MIN_BYTES = 1024;
const ACCEPTS_GZIP = /\bgzip\b/;

function send(req, res, status, body, extraHeaders) {
  let data = Buffer.from(JSON.stringify(body));
  const headers = { ...extraHeaders, 'content-type': 'application/json; charset=utf-8' };
  if (data.length >= COMPRESS_MIN_BYTES && ACCEPTS_GZIP.test(req.headers['accept-encoding'] || '')) {
    data = zlib.gzipSync(data);
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = data.length;
  res.writeHead(status, headers);
  res.end(data);
}

function handle(req, res, raw) {
  const principal = authenticate(req.headers);
  if (!principal) return send(req, res, 401, { error: 'invalid or missing API key' });
  let body;
  if (raw.length > 0) {
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return send(req, res, 400, { error: 'body is not valid JSON' });
    }
  }
  const result = route(req.method, req.url, body, principal);
  return send(req, res, result.status, result.body, result.headers);
}

function createServer() {
  return http.createServer((req, res) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return send(req, res, 413, { error: 'body too large' });
      try {
        handle(req, res, Buffer.concat(chunks));
      } catch (err) {
        send(req, res, 500, { error: 'internal error' });
        process.emitWarning(`orders-api: ${err.stack}`);
      }
    });
  });
}

module.exports = { createServer };
