'use strict';

const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRng } = require('./lib/rng');
const { Solver } = require('./lib/solver');
const { BANDS, generateForBand } = require('./lib/generator');
const { renderPuzzlePage, renderAnswerKey } = require('./lib/layout');
const { Logger } = require('./lib/logger');

const PER_BAND = 420;
const number = new Intl.NumberFormat('en-GB');
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

async function main() {
  const log = new Logger(process.env.LOG_LEVEL || 'info');
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'puzzle-book-'));
  try {
    const rng = createRng(8128);
    const solver = new Solver();
    const entries = [];
    let attempts = 0;
    for (const band of BANDS) {
      for (let k = 0; k < PER_BAND; k++) {
        const made = generateForBand(band, solver, rng);
        attempts += made.attempts;
        const entry = { number: entries.length + 1, band: band.name, ...made };
        entries.push(entry);
        if (log.enabled('debug')) log.log('debug', `No. ${entry.number} ${band.name} clues=${made.clues} score=${made.grade.score}`);
      }
      log.log('info', `${band.name}: ${PER_BAND} puzzles`);
    }

    const pagesDir = path.join(outDir, 'pages');
    await fs.promises.mkdir(pagesDir);
    const manifest = [];
    for (const entry of entries) {
      const svg = renderPuzzlePage(entry);
      const file = `puzzle-${String(entry.number).padStart(3, '0')}.svg`;
      await fs.promises.writeFile(path.join(pagesDir, file), svg);
      manifest.push({ file, band: entry.band, clues: entry.clues, sha256: crypto.createHash('sha256').update(svg).digest('hex') });
    }
    const key = renderAnswerKey(entries);
    await fs.promises.writeFile(path.join(outDir, 'answers.txt'), key);
    await fs.promises.writeFile(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));

    const byBand = new Map(BANDS.map((b) => [b.name, { count: 0, clues: 0, logicSolved: 0 }]));
    for (const e of entries) {
      const s = byBand.get(e.band);
      s.count++;
      s.clues += e.clues;
      if (e.grade.solved) s.logicSolved++;
    }
    for (const [band, s] of byBand) {
      log.log('info', `${band.padEnd(9)} avg clues ${(s.clues / s.count).toFixed(1)}, solvable by logic ${percent.format(s.logicSolved / s.count)}`);
    }
    log.log('info', `book: ${number.format(entries.length)} puzzles from ${number.format(attempts)} candidate grids, ${number.format(solver.nodes)} search nodes`);
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
