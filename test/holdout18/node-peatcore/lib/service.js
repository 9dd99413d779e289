'use strict';

const crypto = require('crypto');
const http = require('http');
const { carbonProfile } = require('./chronology');
const { zonate } = require('./pollen');

const SAMPLE_CODE = /^(PC\d{4})-(\d{4})$/;
const ROUTE = /^\/cores\/(PC\d{4})\/(slices|profile|zones)$/;
const kgFormat = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const rateFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const PROFILE_PAGE = 60;
const yearFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

function sendJson(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => { try { resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))); } catch (e) { reject(e); } });
    req.on('error', reject);
  });
}

class CoreRegistry {
  constructor(cores, archive) {
    this.cores = new Map(cores.map((c) => [c.coreId, { core: c, slices: [], codes: new Set() }]));
    this.archive = archive;
  }

  addSlice(coreId, body) {
    const entry = this.cores.get(coreId);
    if (!entry) return [404, { error: 'unknown core' }];
    const m = SAMPLE_CODE.exec(body.sampleCode || '');
    if (!m || m[1] !== coreId || Number(m[2]) !== body.topCm) return [422, { error: 'sample code does not match core' }];
    if (entry.codes.has(body.sampleCode)) return [409, { error: 'slice already registered' }];
    const scan = Buffer.from(body.scan, 'base64');
    const checksum = crypto.createHash('sha256').update(scan).digest('hex');
    const slice = {
      sampleCode: body.sampleCode, topCm: body.topCm, thicknessCm: body.thicknessCm,
      dryBulkDensity: body.dryBulkDensity, lossOnIgnition: body.lossOnIgnition, pollen: body.pollen, checksum,
    };
    entry.slices.push(slice);
    entry.codes.add(slice.sampleCode);
    this.archive.add(JSON.stringify(slice));
    return [201, { sampleCode: slice.sampleCode, checksum }];
  }

  profile(coreId) {
    const entry = this.cores.get(coreId);
    if (!entry) return [404, { error: 'unknown core' }];
    const rows = carbonProfile(entry.core, entry.slices);
    const total = rows.length ? rows[rows.length - 1].cumulativeKgM2 : 0;
    return [200, {
      coreId, site: entry.core.site, slices: rows.length,
      totalCarbon: `${kgFormat.format(total)} kg C m⁻²`,
      rows: rows.slice(-PROFILE_PAGE).map((r) => ({
        depth: `${r.topCm} cm`,
        age: `${yearFormat.format(r.ageCalBP)} cal BP`,
        carbon: kgFormat.format(r.carbonKgM2),
        rate: `${rateFormat.format(r.racGm2yr)} g C m⁻² yr⁻¹`,
      })),
    }];
  }

  zones(coreId) {
    const entry = this.cores.get(coreId);
    if (!entry) return [404, { error: 'unknown core' }];
    if (entry.slices.length < 8) return [200, { coreId, zones: [] }];
    return [200, { coreId, zones: zonate(entry.slices, 6) }];
  }
}

function createService(registry) {
  return http.createServer(async (req, res) => {
    try {
      const m = ROUTE.exec(req.url);
      if (!m) return sendJson(res, 404, { error: 'not found' });
      const [, coreId, view] = m;
      if (req.method === 'POST' && view === 'slices') {
        const [status, out] = registry.addSlice(coreId, await readJson(req));
        return sendJson(res, status, out);
      }
      if (req.method === 'GET' && view === 'profile') return sendJson(res, ...registry.profile(coreId));
      if (req.method === 'GET' && view === 'zones') return sendJson(res, ...registry.zones(coreId));
      sendJson(res, 405, { error: 'method not allowed' });
    } catch (err) {
      sendJson(res, 400, { error: err.message });
    }
  });
}

module.exports = { CoreRegistry, createService };
