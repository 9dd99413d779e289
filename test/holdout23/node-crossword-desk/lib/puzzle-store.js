'use strict';

const fs = require('fs');
const path = require('path');
const { buildPattern, extractEntries, readEntry, BLOCK } = require('./grid');
const { SETTERS, writeClue, enumeration } = require('./clues');

const CONSONANTS = 'BCDFGHLMNPRSTVW';
const VOWELS = 'AEIOU';

function fillLetters(cells, rng) {
  // Alternate consonant/vowel runs so answers read like words in the logs.
  return cells.map((cell, i) => {
    if (cell === BLOCK) return BLOCK;
    return i % 2 === 0 ? rng.pick(CONSONANTS) : rng.pick(VOWELS);
  });
}

class PuzzleStore {
  constructor(dir) {
    this.dir = dir;
    this.puzzles = new Map();
  }

  generate(count, rng, size = 15) {
    for (let n = 0; n < count; n++) {
      const id = `cryptic-${String(29000 + n)}`;
      const pattern = buildPattern(size, rng, 0.55);
      const solution = fillLetters(pattern, rng);
      const entries = extractEntries(pattern, size).map((e) => {
        const answer = readEntry(solution, e);
        return { ...e, answer, clue: writeClue(answer, rng), enumeration: enumeration(answer) };
      });
      const puzzle = {
        id,
        size,
        setter: rng.pick(SETTERS),
        published: new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10),
        pattern: pattern.join(''),
        solution: solution.join(''),
        entries,
      };
      fs.writeFileSync(path.join(this.dir, `${id}.json`), JSON.stringify(puzzle));
      this.puzzles.set(id, puzzle);
    }
    return [...this.puzzles.keys()];
  }

  get(id) {
    return this.puzzles.get(id);
  }

  // What a solver is allowed to see: the grid shape and the clues, never the answers.
  publicView(puzzle) {
    return {
      id: puzzle.id,
      size: puzzle.size,
      setter: puzzle.setter,
      published: puzzle.published,
      pattern: puzzle.pattern,
      clues: puzzle.entries.map((e) => ({
        id: e.id,
        number: e.number,
        direction: e.direction,
        positions: e.positions,
        clue: e.clue,
        enumeration: e.enumeration,
      })),
    };
  }
}

module.exports = { PuzzleStore };
