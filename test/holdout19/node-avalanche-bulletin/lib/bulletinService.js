'use strict';

const http = require('http');
const { SnowObservationClient } = require('./obsClient');
const { assessZone } = require('./danger');
const { composeBulletin } = require('./phrases');

function createBulletinService({ zones, catalogue, storePort, stability, phraseBook }) {
  const zoneIndex = new Map(zones.map((z) => [z.id, z]));
  const loadByZone = new Map();
  const todaysLoad = new Map();
  let modelDay = -1;

  async function serveBulletin(req, res, zone, url) {
    const day = Number(url.searchParams.get('day'));
    const lang = url.searchParams.get('lang') || 'de';
    const region = url.searchParams.get('region') || 'central';
    const client = new SnowObservationClient({ host: '127.0.0.1', port: storePort, catalogue, region });
    let observations;
    try {
      observations = await client.recentObservations(zone.id, day, 5);
    } finally {
      client.close();
    }
    if (day > modelDay) {
      for (const [id, load] of todaysLoad) loadByZone.set(id, load);
      todaysLoad.clear();
      stability.recompute(loadByZone);
      modelDay = day;
    }
    const latest = observations.days[observations.days.length - 1];
    let load = 0;
    for (const st of latest.stations) load += st.hn24 + st.windSpeed / 10;
    todaysLoad.set(zone.id, load / latest.stations.length);
    const assessment = assessZone(zone, observations.days, stability);
    const phrases = phraseBook.phrasesFor(lang);
    const text = composeBulletin(assessment, phrases, day * 31 + Number(zone.id.slice(1)));
    const body = JSON.stringify({ zone: zone.id, name: zone.name, day, lang, level: assessment.level, danger: assessment.word, problems: assessment.problems, text });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  }

  return http.createServer((req, res) => {
    const url = new URL(req.url, 'http://bulletin.local');
    const m = /^\/bulletins\/(Z\d+)$/.exec(url.pathname);
    const zone = m && zoneIndex.get(m[1]);
    if (req.method !== 'GET' || !zone) {
      res.writeHead(404);
      res.end();
      return;
    }
    serveBulletin(req, res, zone, url).catch((err) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(err.message);
    });
  });
}

module.exports = { createBulletinService };
