'use strict';

const http = require('http');
const { loadShow } = require('./metastore');
const { topN } = require('./ingest');

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function reply(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

function createServer({ analytics, catalog, log }) {
  let seq = 0;

  async function postEvents(req, res, requestId) {
    const body = JSON.parse(await readBody(req));
    const events = Array.isArray(body.events) ? body.events : [];
    const result = analytics.ingestBatch(events, requestId);
    reply(res, 202, result);
    log.info('events batch', { requestId, size: events.length, accepted: result.accepted });
  }

  function episodeStats(res, showId, episodeId) {
    const show = loadShow(catalog.dir, showId);
    const episode = show.episodes.find((e) => e.id === episodeId);
    if (!episode) return reply(res, 404, { error: 'unknown episode' });
    const s = analytics.episodes.get(episodeId);
    const completion = s ? s.completion : new Array(10).fill(0);
    const started = completion.reduce((a, b) => a + b, 0);
    let remaining = started;
    const curve = completion.map((c) => {
      const pct = started ? remaining / started : 0;
      remaining -= c;
      return +pct.toFixed(3);
    });
    reply(res, 200, {
      show: { id: show.id, title: show.title, genre: show.genre },
      episode: { id: episode.id, title: episode.title, publishedAt: episode.publishedAt, durationSec: episode.durationSec, chapters: episode.chapters.length },
      downloads: s ? s.downloads : 0,
      uniqueListeners: s ? s.listeners.size : 0,
      megabytes: s ? +(s.bytes / 1e6).toFixed(1) : 0,
      topCountries: s ? topN(s.countries, 5) : [],
      topApps: s ? topN(s.apps, 5) : [],
      retention: curve,
    });
  }

  function showSummary(res, showId) {
    const entry = catalog.index.find((x) => x.id === showId);
    if (!entry) return reply(res, 404, { error: 'unknown show' });
    let downloads = 0;
    const apps = new Map();
    const ranking = [];
    for (const ep of entry.episodes) {
      const s = analytics.episodes.get(ep.id);
      if (!s) continue;
      downloads += s.downloads;
      for (const [app, n] of s.apps) apps.set(app, (apps.get(app) || 0) + n);
      ranking.push({ id: ep.id, downloads: s.downloads });
    }
    ranking.sort((a, b) => b.downloads - a.downloads);
    reply(res, 200, { show: showId, downloads, apps: topN(apps, 6), topEpisodes: ranking.slice(0, 5) });
  }

  return http.createServer((req, res) => {
    const requestId = `req-${(++seq).toString(36)}`;
    const parts = req.url.split('?')[0].split('/').filter(Boolean);
    let work;
    if (req.method === 'POST' && parts[0] === 'v1' && parts[1] === 'events') work = postEvents(req, res, requestId);
    else if (req.method === 'GET' && parts[1] === 'shows' && parts[3] === 'episodes' && parts[5] === 'stats') work = episodeStats(res, parts[2], parts[4]);
    else if (req.method === 'GET' && parts[1] === 'shows' && parts[3] === 'summary') work = showSummary(res, parts[2]);
    else work = reply(res, 404, { error: 'not found' });
    Promise.resolve(work).catch((err) => {
      log.error('request failed', { requestId, err: err.message });
      if (!res.headersSent) reply(res, 500, { error: 'internal' });
    });
  });
}

module.exports = { createServer };
