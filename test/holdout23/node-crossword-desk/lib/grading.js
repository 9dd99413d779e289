'use strict';

const { readEntry, BLOCK, EMPTY } = require('./grid');

// Solvers type answers with spaces, hyphens or apostrophes where the
// enumeration has word breaks; accept any of those between letters.
// Unicode mode so accented entries (CAFÉ, NAÏVE) compare case-insensitively.
function matchesEntry(entry, attempt) {
  const pattern = new RegExp('^' + entry.answer.split('').join("[\\s'-]*") + '$', 'iu');
  return pattern.test(attempt);
}

function checkFill(puzzle, fill) {
  const results = [];
  const cells = [];
  let filledCells = 0;
  let correctCells = 0;
  for (let i = 0; i < puzzle.solution.length; i++) {
    if (puzzle.solution[i] === BLOCK) continue;
    const row = Math.floor(i / puzzle.size);
    const col = i % puzzle.size;
    if (fill[i] && fill[i] !== EMPTY) {
      filledCells++;
      const ok = fill[i].toUpperCase() === puzzle.solution[i];
      if (ok) correctCells++;
      cells.push({ row, col, state: ok ? 'ok' : 'flagged' });
    } else {
      cells.push({ row, col, state: 'empty' });
    }
  }
  for (const entry of puzzle.entries) {
    const attempt = readEntry(fill, entry);
    if (attempt.includes(EMPTY)) {
      results.push({ id: entry.id, status: 'incomplete' });
      continue;
    }
    results.push({ id: entry.id, status: matchesEntry(entry, attempt) ? 'correct' : 'wrong' });
  }
  const open = puzzle.solution.split('').filter((c) => c !== BLOCK).length;
  return {
    entries: results,
    cells,
    filled: filledCells / open,
    accuracy: filledCells === 0 ? 0 : correctCells / filledCells,
    complete: correctCells === open,
  };
}

function scoreSubmission(result, elapsedMs, checksUsed) {
  if (!result.complete) return 0;
  const base = 1000;
  const timeBonus = Math.max(0, 600 - Math.floor(elapsedMs / 50));
  const checkPenalty = checksUsed * 15;
  return Math.max(100, base + timeBonus - checkPenalty);
}

module.exports = { matchesEntry, checkFill, scoreSubmission };
