'use strict';

const CELL = 40;
const MARGIN = 30;

function gridLines() {
  const parts = [];
  for (let k = 0; k <= 9; k++) {
    const w = k % 3 === 0 ? 3 : 1;
    const p = MARGIN + k * CELL;
    parts.push(`<line x1="${MARGIN}" y1="${p}" x2="${MARGIN + 9 * CELL}" y2="${p}" stroke-width="${w}"/>`);
    parts.push(`<line x1="${p}" y1="${MARGIN}" x2="${p}" y2="${MARGIN + 9 * CELL}" stroke-width="${w}"/>`);
  }
  return parts.join('');
}

const GRID = gridLines();

function renderPuzzlePage(entry) {
  const digits = [];
  for (let i = 0; i < 81; i++) {
    const d = entry.puzzle[i];
    if (!d) continue;
    const x = MARGIN + (i % 9) * CELL + CELL / 2;
    const y = MARGIN + Math.floor(i / 9) * CELL + CELL * 0.7;
    digits.push(`<text x="${x}" y="${y}" text-anchor="middle">${d}</text>`);
  }
  const size = MARGIN * 2 + 9 * CELL;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size + 40}" font-family="Georgia" font-size="24">`,
    `<title>No. ${entry.number} — ${entry.band}</title>`,
    `<g stroke="#000" fill="none">${GRID}</g>`,
    `<g fill="#111">${digits.join('')}</g>`,
    `<text x="${MARGIN}" y="${size + 25}" font-size="14">No. ${entry.number} · ${entry.band} · ${entry.clues} clues</text>`,
    '</svg>',
  ].join('\n');
}

function renderAnswerKey(entries) {
  const blocks = entries.map((e) => {
    const rows = [];
    for (let r = 0; r < 9; r++) {
      let line = '';
      for (let c = 0; c < 9; c++) {
        line += e.solution[r * 9 + c];
        if (c === 2 || c === 5) line += ' ';
      }
      rows.push(line);
      if (r === 2 || r === 5) rows.push('');
    }
    return `No. ${e.number}\n${rows.join('\n')}`;
  });
  return blocks.join('\n\n') + '\n';
}

module.exports = { renderPuzzlePage, renderAnswerKey };
