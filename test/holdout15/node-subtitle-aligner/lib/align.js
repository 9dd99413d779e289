'use strict';
// Aligns a vendor translation track to the studio's original timing.

function overlapMs(a, b) {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

// Coarse global offset: vote over start-time differences of the first cues.
function estimateOffset(original, translated, sampleSize = 60, bucketMs = 100) {
  const votes = new Map();
  const n = Math.min(sampleSize, original.length);
  const m = Math.min(sampleSize, translated.length);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const diff = translated[j].start - original[i].start;
      if (Math.abs(diff) > 5000) continue;
      const bucket = Math.round(diff / bucketMs);
      votes.set(bucket, (votes.get(bucket) || 0) + 1);
    }
  }
  let best = 0;
  let bestVotes = -1;
  for (const [bucket, count] of votes) {
    if (count > bestVotes) {
      best = bucket;
      bestVotes = count;
    }
  }
  return best * bucketMs;
}

// Least squares fit translated.start = a * original.start + b over matched pairs.
function fitLinear(pairs) {
  let sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (const [x, y] of pairs) {
    sx += x; sy += y; sxx += x * x; sxy += x * y;
  }
  const n = pairs.length;
  const a = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const b = (sy - a * sx) / n;
  return { a, b };
}

function matchCues(original, translated, model) {
  const matches = [];
  const unmatched = [];
  for (const cue of translated) {
    const shifted = {
      start: (cue.start - model.b) / model.a,
      end: (cue.end - model.b) / model.a,
    };
    const candidates = original.filter((o) => overlapMs(o, shifted) > 0);
    if (candidates.length === 0) {
      unmatched.push({ cue, shifted });
      continue;
    }
    let best = candidates[0];
    for (const c of candidates) if (overlapMs(c, shifted) > overlapMs(best, shifted)) best = c;
    matches.push({ original: best, translated: cue, overlap: overlapMs(best, shifted) });
  }
  return { matches, unmatched };
}

function alignTrack(original, translated) {
  const offset = estimateOffset(original, translated);
  let model = { a: 1, b: offset };
  let result = matchCues(original, translated, model);
  // refine drift once using confident matches
  const confident = result.matches.filter((m) => m.overlap > 400);
  if (confident.length > 20) {
    model = fitLinear(confident.map((m) => [m.original.start, m.translated.start]));
    result = matchCues(original, translated, model);
  }
  const aligned = [];
  for (const m of result.matches) {
    aligned.push({ start: m.original.start, end: m.original.end, text: m.translated.text, source: m.translated.index });
  }
  for (const u of result.unmatched) {
    aligned.push({ start: Math.round(u.shifted.start), end: Math.round(u.shifted.end), text: u.cue.text, source: u.cue.index });
  }
  aligned.sort((x, y) => x.start - y.start || x.source - y.source);
  return { aligned, model, matched: result.matches.length, unmatched: result.unmatched.length };
}

module.exports = { alignTrack };
