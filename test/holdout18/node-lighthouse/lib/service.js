'use strict';

const http = require('http');
const { lightsNear, bearingDeg } = require('./lights');
const { currentSectorTable, visibleColour } = require('./sectors');
const { MsiBroadcastClient } = require('./msi-client');
const { outageNotice, navArea } = require('./notices');
const { confusablePairs } = require('./conflicts');

function sendJson(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { text += c; });
    req.on('end', () => { try { resolve(JSON.parse(text || '{}')); } catch (e) { reject(e); } });
    req.on('error', reject);
  });
}

class AidsToNavigationDesk {
  constructor({ register, sectorFile, msi }) {
    this.register = register;
    this.sectorFile = sectorFile;
    this.msi = msi;
    this.outbox = [];
    this.noticeSeq = 0;
  }

  // What a vessel at (lat, lon) should see from the lights around it.
  lightsInView(lat, lon, radiusNm) {
    const table = currentSectorTable(this.sectorFile);
    return lightsNear(this.register, lat, lon, radiusNm).slice(0, 25).map(({ light, distanceNm }) => ({
      id: light.id,
      kind: light.kind,
      character: light.character,
      distanceNm: +distanceNm.toFixed(2),
      status: light.status,
      seen: light.status === 'operational' && distanceNm <= light.rangeNm
        ? visibleColour(table, light, bearingDeg(light.lat, light.lon, lat, lon), distanceNm)
        : 'not visible',
    }));
  }

  reportOutage(report) {
    const light = this.register.byId.get(report.lightId);
    if (!light) return [404, { error: 'unknown light' }];
    light.status = report.fault === 'off-station' ? 'off station' : report.fault === 'unlit' ? 'unlit' : 'operational';
    const notice = outageNotice(++this.noticeSeq, light, report);
    const client = new MsiBroadcastClient({ ...this.msi, outbox: this.outbox });
    const envelope = client.publish(notice);
    return [201, { notice, signature: envelope.signature.slice(0, 16) }];
  }

  conflicts(area) {
    const pairs = confusablePairs(this.register.lights);
    const inArea = pairs.filter((p) => navArea(this.register.byId.get(p.a)) === area);
    return [200, { area, pairs: inArea.slice(0, 200), total: inArea.length }];
  }
}

function createService(desk) {
  return http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://lights');
      const q = url.searchParams;
      if (req.method === 'GET' && url.pathname === '/lights/in-view') {
        return sendJson(res, 200, desk.lightsInView(Number(q.get('lat')), Number(q.get('lon')), Number(q.get('r') || 8)));
      }
      if (req.method === 'POST' && url.pathname === '/outages') {
        const [status, out] = desk.reportOutage(await readJson(req));
        return sendJson(res, status, out);
      }
      if (req.method === 'GET' && url.pathname === '/conflicts') {
        const [status, out] = desk.conflicts(q.get('area'));
        return sendJson(res, status, out);
      }
      sendJson(res, 404, { error: 'not found' });
    } catch (err) {
      sendJson(res, 500, { error: err.message });
    }
  });
}

module.exports = { AidsToNavigationDesk, createService };
