'use strict';

const http = require('http');
const crypto = require('crypto');

const numberFmt = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
const dateFmt = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' });
const LEVEL_NAMES = ['', 'low', 'moderate', 'considerable', 'high', 'very high'];

function renderBulletin(rating, issued) {
  return [
    `${rating.zone} — ${rating.band}`,
    `Issued ${dateFmt.format(issued)}`,
    `Danger level ${rating.level} (${LEVEL_NAMES[rating.level]})`,
    `New snow ${numberFmt.format(rating.snow)} cm, wind ${numberFmt.format(rating.wind)} m/s, median ${numberFmt.format(rating.temp)} °C`,
    `Most affected aspects: ${rating.worstAspects.join(', ')}`,
    `Based on ${rating.n} observations`,
  ].join('\n');
}

class BulletinPublisher {
  constructor(port) {
    this.port = port;
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  }

  publish(text) {
    const etag = crypto.createHash('sha256').update(text).digest('base64url');
    return new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: this.port, method: 'PUT', path: '/bulletins',
        agent: this.agent, headers: { 'content-type': 'text/plain; charset=utf-8', etag } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      });
      req.on('error', reject);
      req.end(text);
    });
  }

  close() {
    this.agent.destroy();
  }
}

module.exports = { renderBulletin, BulletinPublisher };
