'use strict';
// Request handlers of the media metadata gateway.

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { ThumbnailServiceClient } = require('./thumbnail-client');
const { decodeRecord, differenceHash, colorHistogram, keywordFacets } = require('./record-codec');

const CONFIG_PATH = path.join(__dirname, 'gateway.config.json');

function readGatewayConfig() {
  const raw = fs.readFileSync(CONFIG_PATH);
  return JSON.parse(raw);
}

function variantPresets() {
  return readGatewayConfig().variants.filter((v) => v.width <= 4096 && v.height <= 4096);
}

function sendJson(req, res, status, payload) {
  const config = readGatewayConfig();
  let body = Buffer.from(JSON.stringify(payload));
  const headers = { 'content-type': 'application/json', 'cache-control': `max-age=${config.cache.maxAgeSeconds}` };
  const accepts = req.headers['accept-encoding'] || '';
  if (accepts.includes('deflate') && body.length >= config.compression.minBytes) {
    body = zlib.deflateSync(body, { level: config.compression.level });
    headers['content-encoding'] = 'deflate';
  }
  headers['content-length'] = body.length;
  res.writeHead(status, headers);
  res.end(body);
}

function assetSummary(store, req, res, assetId, wantRenditions) {
  const config = readGatewayConfig();
  const thumbnails = new ThumbnailServiceClient(config.thumbnails);
  const packed = store.lookup(assetId);
  if (!packed) {
    sendJson(req, res, 404, { error: 'unknown asset', id: assetId });
    return;
  }
  const meta = decodeRecord(zlib.inflateSync(packed));
  const summary = {
    id: assetId,
    width: meta.width,
    height: meta.height,
    aspect: Number((meta.width / meta.height).toFixed(4)),
    camera: meta.camera,
    lens: meta.lens,
    exposure: { iso: meta.iso, shutter: `1/${meta.exposure}` },
    captured: new Date(meta.captured * 1000).toISOString(),
    gps: config.features.exposeGps ? meta.gps : undefined,
    facets: keywordFacets(meta.keywords, config.limits.maxTags),
    keywords: meta.keywords.slice(0, 40),
  };
  if (config.features.perceptualHash) summary.dhash = differenceHash(meta.preview, meta.previewEdge);
  if (config.features.colorHistogram) summary.color = colorHistogram(meta.preview, 32);
  if (wantRenditions) summary.renditions = thumbnails.planRenditions(meta, variantPresets());
  sendJson(req, res, 200, summary);
}

function route(store) {
  const pattern = /^\/v1\/assets\/(\d+)\/(summary|renditions)$/;
  return function onRequest(req, res) {
    const url = new URL(req.url, 'http://gateway.local');
    if (url.pathname === '/healthz') {
      res.writeHead(204);
      res.end();
      return;
    }
    const m = pattern.exec(url.pathname);
    if (!m || req.method !== 'GET') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    assetSummary(store, req, res, Number(m[1]), m[2] === 'renditions');
  };
}

module.exports = { route };
