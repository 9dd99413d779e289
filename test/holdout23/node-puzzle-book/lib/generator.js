'use strict';

const { CELLS } = require('./board');
const { gradePuzzle } = require('./grader');

const BANDS = [
  { name: 'Gentle', maxScore: 70, targetClues: 36 },
  { name: 'Moderate', maxScore: 110, targetClues: 30 },
  { name: 'Tough', maxScore: 200, targetClues: 26, asymmetric: true },
  { name: 'Fiendish', maxScore: Infinity, targetClues: 22, asymmetric: true },
];

// Removes clues in symmetric pairs while the puzzle keeps a unique solution,
// stopping at the band's clue target.
function digPuzzle(solution, solver, rng, band) {
  const puzzle = Uint8Array.from(solution);
  const order = Array.from({ length: 41 }, (_, i) => i);
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(rng.next() * (k + 1));
    [order[k], order[j]] = [order[j], order[k]];
  }
  let clues = CELLS;
  for (const i of order) {
    if (clues <= band.targetClues) break;
    const mirror = CELLS - 1 - i;
    const a = puzzle[i];
    const b = puzzle[mirror];
    puzzle[i] = 0;
    puzzle[mirror] = 0;
    if (solver.countSolutions(puzzle, 2) !== 1) {
      puzzle[i] = a;
      puzzle[mirror] = b;
      continue;
    }
    clues -= i === mirror ? 1 : 2;
  }
  if (band.asymmetric && clues > band.targetClues) {
    // harder bands give up symmetry to get below the clue target
    const singles = Array.from({ length: CELLS }, (_, i) => i).filter((i) => puzzle[i]);
    for (let k = singles.length - 1; k > 0; k--) {
      const j = Math.floor(rng.next() * (k + 1));
      [singles[k], singles[j]] = [singles[j], singles[k]];
    }
    for (const i of singles) {
      if (clues <= band.targetClues) break;
      const a = puzzle[i];
      puzzle[i] = 0;
      if (solver.countSolutions(puzzle, 2) !== 1) puzzle[i] = a;
      else clues--;
    }
  }
  return { puzzle, clues };
}

function generateForBand(band, solver, rng, attempts = 12) {
  let best = null;
  for (let n = 0; n < attempts; n++) {
    const solution = solver.randomSolution(rng);
    const { puzzle, clues } = digPuzzle(solution, solver, rng, band);
    const grade = gradePuzzle(puzzle);
    const candidate = { puzzle, solution, clues, grade };
    const fits = band.maxScore === Infinity ? grade.score > 200 || !grade.solved : grade.solved && grade.score <= band.maxScore;
    if (fits) return { ...candidate, attempts: n + 1 };
    if (!best || Math.abs(grade.score - band.maxScore) < Math.abs(best.grade.score - band.maxScore)) best = candidate;
  }
  return { ...best, attempts };
}

module.exports = { BANDS, generateForBand };
