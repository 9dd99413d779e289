'use strict';

const http = require('http');
const { mulberry32, pick, intBetween } = require('./rng');
const { intToIp } = require('./geoip');

const AGENTS = [
  'AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X; en_us)',
  'Podcasts/1600.2 CFNetwork/1494.0.7 Darwin/23.4.0',
  'Spotify/8.9.24 Android/33 (SM-G991B)',
  'Spotify/1.2.31 iOS/17.4 (iPhone15,2)',
  'Overcast/3.0 (+http://overcast.fm/; iOS podcast app)',
  'PocketCasts/1.0 (Pocket Casts - Android; +https://pocketcasts.com/)',
  'CastBox/8.25.1-230929159 (Linux;Android 13) ExoPlayerLib/2.10.4',
  'PodcastAddict/v5 - Dalvik/2.1.0 (Linux; U; Android 12; Pixel 6 Build/SQ3A)',
  'AntennaPod/3.3.2',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Safari/537.36',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'python-requests/2.31.0',
  'Echo/1.0 (Amazon Alexa)',
];

function send(agent, port, method, path, body) {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : null;
    const req = http.request(
      { host: '127.0.0.1', port, method, path, agent, headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

async function runLoad({ port, catalog, durationMs, concurrency }) {
  const rng = mulberry32(555);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const listeners = [];
  for (let i = 0; i < 6000; i++) listeners.push({ ip: intToIp(16777216 + intBetween(rng, 0, 1600000000)), ua: pick(rng, AGENTS) });
  const deadline = Date.now() + durationMs;
  let clock = Date.UTC(2024, 4, 1);
  const tally = { posts: 0, stats: 0, summaries: 0, statuses: {} };

  function batch() {
    const events = [];
    const n = intBetween(rng, 60, 160);
    for (let i = 0; i < n; i++) {
      const show = pick(rng, catalog.index);
      const ep = show.episodes[Math.floor(rng() * rng() * show.episodes.length)];
      const who = listeners[Math.floor(rng() * rng() * listeners.length)];
      clock += intBetween(rng, 1000, 60000);
      events.push({
        show: show.id,
        episode: ep.id,
        ip: who.ip,
        ua: who.ua,
        ts: clock,
        bytes: intBetween(rng, 200000, 60000000),
        durationSec: ep.durationSec,
        position: intBetween(rng, 0, ep.durationSec),
      });
      if (rng() < 0.01) delete events[events.length - 1].ip;
    }
    return { events };
  }

  async function worker() {
    while (Date.now() < deadline) {
      const r = rng();
      let status;
      if (r < 0.6) {
        status = await send(agent, port, 'POST', '/v1/events', batch());
        tally.posts++;
      } else if (r < 0.9) {
        const show = pick(rng, catalog.index);
        status = await send(agent, port, 'GET', `/v1/shows/${show.id}/episodes/${pick(rng, show.episodes).id}/stats`);
        tally.stats++;
      } else {
        status = await send(agent, port, 'GET', `/v1/shows/${pick(rng, catalog.index).id}/summary`);
        tally.summaries++;
      }
      tally.statuses[status] = (tally.statuses[status] || 0) + 1;
    }
  }

  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return tally;
}

module.exports = { runLoad };
