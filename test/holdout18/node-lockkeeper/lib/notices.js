'use strict';

const fs = require('fs');
const path = require('path');

const KINDS = ['stoppage', 'restriction', 'advice', 'closure'];
const REASONS = ['gate replacement', 'low water levels', 'vegetation clearance', 'paddle gear repair',
  'bank protection works', 'culvert inspection', 'towpath resurfacing', 'lock wall repointing'];

// The navigation authority publishes one notices file per waterway; the
// operations team edits them in place during the day.
function publishNotices(dir, network, rng) {
  fs.mkdirSync(dir, { recursive: true });
  for (const ww of network.waterways) {
    const notices = [];
    const count = rng.int(60, 110);
    for (let i = 0; i < count; i++) {
      const start = rng.int(0, 60 * 24 * 20);
      notices.push({
        ref: `${ww.code}/${2025}/${String(i + 1).padStart(4, '0')}`,
        kind: rng.pick(KINDS),
        lockId: rng.pick(ww.lockIds),
        startsAt: start,
        endsAt: start + rng.int(60, 60 * 24 * 3),
        maxBeam: rng.chance(0.2) ? rng.int(20, 40) / 10 : null,
        summary: `${rng.pick(REASONS)} at ${rng.pick(ww.lockIds)}; boaters should allow extra time and follow instructions from lock keepers on site.`,
      });
    }
    fs.writeFileSync(noticeFile(dir, ww.code), JSON.stringify({ waterway: ww.code, issued: 'daily', notices }));
  }
}

function noticeFile(dir, code) {
  return path.join(dir, `${code}.json`);
}

function readStoppageNotices(dir, code) {
  return JSON.parse(fs.readFileSync(noticeFile(dir, code), 'utf8')).notices;
}

// Notices affecting the given locks inside the [from, to) minute window.
function noticesForPassage(dir, legs, from, to, beam) {
  const byWaterway = new Map();
  for (const leg of legs) {
    if (!byWaterway.has(leg.waterway)) byWaterway.set(leg.waterway, new Set());
    byWaterway.get(leg.waterway).add(leg.lockId);
  }
  const hits = [];
  for (const [code, lockIds] of byWaterway) {
    for (const n of readStoppageNotices(dir, code)) {
      if (!lockIds.has(n.lockId)) continue;
      if (n.endsAt <= from || n.startsAt >= to) continue;
      const blocking = n.kind === 'closure' || n.kind === 'stoppage' || (n.maxBeam !== null && beam > n.maxBeam);
      hits.push({ ref: n.ref, lockId: n.lockId, kind: n.kind, blocking, startsAt: n.startsAt, endsAt: n.endsAt });
    }
  }
  return hits;
}

module.exports = { publishNotices, noticesForPassage };
