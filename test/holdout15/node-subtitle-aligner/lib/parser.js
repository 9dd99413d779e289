'use strict';
const { parseCueTiming } = require('./timecode');

function parseSubRip(text) {
  const cues = [];
  const blocks = text.replace(/\r\n/g, '\n').split('\n\n');
  for (const block of blocks) {
    if (!block.trim()) continue;
    const lines = block.split('\n');
    let i = 0;
    if (/^\d+$/.test(lines[0])) i = 1;
    const timing = parseCueTiming(lines[i]);
    if (!timing) continue;
    cues.push({ index: cues.length, start: timing.start, end: timing.end, text: lines.slice(i + 1).join('\n') });
  }
  return cues;
}

module.exports = { parseSubRip };
