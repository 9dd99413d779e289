'use strict';

const zlib = require('zlib');

const MIN_COMPRESS_BYTES = 1024;
const BROTLI_OPTIONS = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } };
const GZIP_OPTIONS = { level: zlib.constants.Z_BEST_COMPRESSION };

function pickEncoding(header) {
  if (!header) return null;
  if (/\bbr\b/.test(header)) return 'br';
  if (/\bgzip\b/.test(header)) return 'gzip';
  return null;
}

function sendBody(req, res, status, contentType, body) {
  const encoding = body.length >= MIN_COMPRESS_BYTES ? pickEncoding(req.headers['accept-encoding']) : null;
  if (encoding) {
    const compressed = encoding === 'br' ? zlib.brotliCompressSync(body, BROTLI_OPTIONS) : zlib.gzipSync(body, GZIP_OPTIONS);
    res.writeHead(status, {
      'content-type': contentType,
      'content-encoding': encoding,
      'content-length': compressed.length,
      vary: 'accept-encoding',
    });
    res.end(compressed);
    return;
  }
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function sendJson(req, res, status, payload) {
  sendBody(req, res, status, 'application/json; charset=utf-8', JSON.stringify(payload));
}

module.exports = { sendJson, sendBody };
