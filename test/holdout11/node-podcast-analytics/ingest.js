'use strict';

const { GeoIpClient } = require('./geoip');

const APPS = [
  [/AppleCoreMedia|Podcasts\/\d|iTunes/, 'Apple Podcasts'],
  [/Spotify\//, 'Spotify'],
  [/Overcast\//, 'Overcast'],
  [/PocketCasts|Pocket Casts/, 'Pocket Casts'],
  [/CastBox/i, 'Castbox'],
  [/PodcastAddict/, 'Podcast Addict'],
  [/AntennaPod/, 'AntennaPod'],
  [/Alexa|Echo/, 'Smart speaker'],
  [/Mozilla\/5\.0.*(Chrome|Firefox|Safari)\//, 'Web browser'],
];
const BOTS = /bot|crawler|spider|curl\/|python-requests|Go-http-client/i;
const DEDUPE_WINDOW_MS = 24 * 3600 * 1000;

function classifyAgent(ua) {
  if (BOTS.test(ua)) return null;
  for (const [re, app] of APPS) if (re.test(ua)) return app;
  return 'Other';
}

class Analytics {
  constructor({ geoCsv, log }) {
    this.geoCsv = geoCsv;
    this.log = log;
    this.episodes = new Map();
    this.seen = new Map();
    this.totals = { accepted: 0, duplicates: 0, bots: 0, invalid: 0 };
  }

  stats(episodeId) {
    let s = this.episodes.get(episodeId);
    if (!s) {
      s = { downloads: 0, listeners: new Set(), bytes: 0, countries: new Map(), apps: new Map(), completion: new Array(10).fill(0) };
      this.episodes.set(episodeId, s);
    }
    return s;
  }

  ingestBatch(events, requestId) {
    const geo = new GeoIpClient({ csv: this.geoCsv });
    const result = { accepted: 0, rejected: 0 };
    for (const ev of events) {
      this.log.debug('ingest event', { requestId, episode: ev.episode, ip: ev.ip, ua: ev.ua, ts: ev.ts, position: ev.position });
      if (!ev.episode || !ev.ip || !ev.ts) {
        this.totals.invalid++;
        result.rejected++;
        continue;
      }
      const app = classifyAgent(ev.ua || '');
      if (!app) {
        this.totals.bots++;
        result.rejected++;
        continue;
      }
      const key = `${ev.ip}|${ev.ua}|${ev.episode}`;
      const last = this.seen.get(key);
      const s = this.stats(ev.episode);
      if (ev.durationSec > 0) {
        const bucket = Math.min(9, Math.floor((ev.position / ev.durationSec) * 10));
        s.completion[bucket]++;
      }
      s.bytes += ev.bytes || 0;
      if (last !== undefined && ev.ts - last < DEDUPE_WINDOW_MS) {
        this.totals.duplicates++;
        continue;
      }
      this.seen.set(key, ev.ts);
      const { country } = geo.lookup(ev.ip);
      s.downloads++;
      s.listeners.add(`${ev.ip}|${ev.ua}`);
      s.countries.set(country, (s.countries.get(country) || 0) + 1);
      s.apps.set(app, (s.apps.get(app) || 0) + 1);
      this.totals.accepted++;
      result.accepted++;
    }
    return result;
  }
}

function topN(map, n) {
  return [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => ({ key: k, count: v }));
}

module.exports = { Analytics, topN };
