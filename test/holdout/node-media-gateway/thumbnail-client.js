'use strict';
// Client for the internal thumbnail rendering service. Construction resolves the service's
// operation model, sets up a keep-alive TLS agent, the middleware chain and the retry schedule.

const https = require('node:https');
const os = require('node:os');

const SHAPE_NAMES = ['Dimensions', 'Crop', 'Focus', 'Fit', 'Format', 'Quality', 'Watermark',
  'ColorProfile', 'Sharpen', 'Background', 'Variant', 'Rendition', 'RenditionSet', 'SourceRef',
  'Checksum', 'CacheHint', 'Expiry', 'Owner', 'Policy', 'Audit'];

// Operation model as shipped with the client: 12 operations over 20 shapes that nest.
const SERVICE_MODEL = (() => {
  const shapes = {};
  SHAPE_NAMES.forEach((name, i) => {
    const members = {};
    for (let m = 0; m < 6; m++) {
      const ref = (i + m * 7 + 3) % SHAPE_NAMES.length;
      members[`${name.toLowerCase()}Field${m}`] = ref > i && m < 3
        ? { shape: SHAPE_NAMES[ref] }
        : { type: ['string', 'integer', 'boolean', 'double'][m % 4], required: m % 2 === 0 };
    }
    shapes[name] = { type: 'structure', members };
  });
  const operations = {};
  for (let o = 0; o < 12; o++) {
    operations[`Op${o}`] = {
      http: { method: o % 3 === 0 ? 'GET' : 'POST', path: `/renditions/{id}/op${o}` },
      input: SHAPE_NAMES[o % SHAPE_NAMES.length],
      output: SHAPE_NAMES[(o * 5 + 1) % SHAPE_NAMES.length],
      idempotent: o % 3 === 0,
    };
  }
  return { version: '2024-05-01', shapes, operations };
})();

function resolveShape(model, name, depth) {
  const shape = model.shapes[name];
  const out = { name, members: [] };
  for (const [member, def] of Object.entries(shape.members)) {
    if (def.shape && depth < 4) {
      out.members.push({ member, nested: resolveShape(model, def.shape, depth + 1) });
    } else {
      out.members.push({ member, type: def.type || 'structure', required: Boolean(def.required) });
    }
  }
  return out;
}

function retrySchedule(retries, baseMs, capMs) {
  const delays = [];
  let prev = baseMs;
  for (let attempt = 0; attempt < retries * 16; attempt++) {
    const jitter = ((attempt * 2654435761) % 1000) / 1000;
    prev = Math.min(capMs, baseMs + jitter * (prev * 3 - baseMs));
    delays.push(Math.round(prev));
  }
  return delays;
}

class ThumbnailServiceClient {
  constructor(options) {
    this.endpoint = new URL(options.endpoint);
    this.region = options.region;
    this.timeoutMs = options.timeoutMs;
    this.agent = new https.Agent({ keepAlive: true, maxSockets: options.maxSockets, timeout: options.timeoutMs });
    this.userAgent = `media-gateway/1.4 (${os.platform()} ${os.release()}; ${os.arch()}) node/${process.versions.node}`;
    this.operations = new Map();
    for (const [opName, op] of Object.entries(SERVICE_MODEL.operations)) {
      this.operations.set(opName, {
        method: op.http.method,
        pathTemplate: op.http.path,
        input: resolveShape(SERVICE_MODEL, op.input, 0),
        output: resolveShape(SERVICE_MODEL, op.output, 0),
        idempotent: op.idempotent,
      });
    }
    this.middleware = ['serialize', 'sign', 'retry', 'timeout', 'deserialize']
      .map((step, order) => ({ step, order, enabled: step !== 'sign' || this.endpoint.protocol === 'https:' }));
    this.retryDelays = retrySchedule(options.retries, 25, 2000);
  }

  planRenditions(meta, variants) {
    const op = this.operations.get('Op0');
    return variants.map((v) => {
      const scale = v.fit === 'cover'
        ? Math.max(v.width / meta.width, v.height / meta.height)
        : Math.min(v.width / meta.width, v.height / meta.height);
      return {
        variant: v.name,
        width: Math.round(meta.width * scale),
        height: Math.round(meta.height * scale),
        url: `${this.endpoint.origin}${this.endpoint.pathname}${op.pathTemplate.replace('{id}', String(meta.width ^ meta.height))}?fit=${v.fit}`,
      };
    });
  }
}

module.exports = { ThumbnailServiceClient };
