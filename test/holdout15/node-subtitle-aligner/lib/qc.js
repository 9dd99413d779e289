'use strict';
// Broadcast-style quality checks and line reflow.

const MAX_LINE = 42;
const MAX_CPS = 17;
const MIN_GAP_MS = 83; // two frames at 24fps

function wrapText(text, width = MAX_LINE) {
  const words = text.replace(/\n/g, ' ').split(' ');
  const lines = [];
  let current = '';
  for (const w of words) {
    if (!w) continue;
    if (current.length + w.length + 1 > width && current) {
      lines.push(current);
      current = w;
    } else {
      current = current ? `${current} ${w}` : w;
    }
  }
  if (current) lines.push(current);
  // balance a two-line cue so the bottom line isn't a single word
  if (lines.length === 2 && lines[1].length < lines[0].length / 3) {
    const all = `${lines[0]} ${lines[1]}`;
    const mid = all.lastIndexOf(' ', Math.ceil(all.length / 2));
    if (mid > 0) return [all.slice(0, mid), all.slice(mid + 1)];
  }
  return lines;
}

function checkTrack(cues) {
  const issues = [];
  let prev = null;
  for (const cue of cues) {
    const lines = wrapText(cue.text);
    cue.lines = lines;
    const chars = lines.reduce((n, l) => n + l.length, 0);
    const seconds = Math.max(0.001, (cue.end - cue.start) / 1000);
    const cps = chars / seconds;
    if (cps > MAX_CPS) issues.push({ cue, kind: 'reading-speed', value: cps });
    if (lines.length > 2) issues.push({ cue, kind: 'too-many-lines', value: lines.length });
    if (prev && cue.start < prev.end) issues.push({ cue, kind: 'overlap', value: prev.end - cue.start });
    else if (prev && cue.start - prev.end < MIN_GAP_MS) issues.push({ cue, kind: 'short-gap', value: cue.start - prev.end });
    prev = cue;
  }
  return issues;
}

module.exports = { checkTrack, wrapText };
