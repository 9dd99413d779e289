'use strict';

const SETTERS = ['Araucaria', 'Paul', 'Enigmatist', 'Picaroon', 'Vlad', 'Qaos', 'Brendan', 'Tramp'];
const DEVICES = [
  'Anagram of',
  'Hidden in',
  'Sounds like',
  'Reversal of',
  'Initially',
  'Partly',
  'Containing',
  'Alternately',
];
const SURFACE = [
  'the editor', 'a cricketer', 'old flame', 'river crossing', 'small change', 'tea break',
  'port wine', 'second thoughts', 'the orchestra', 'a quiet night', 'French wine', 'the prince',
  'last orders', 'an opening', 'spring tide', 'one at sea', 'a hundred', 'the church',
];

function enumeration(answer) {
  // Long entries are presented as two words, e.g. (5,4), which is what solvers see.
  if (answer.length >= 9) {
    const split = Math.floor(answer.length / 2);
    return `(${split},${answer.length - split})`;
  }
  return `(${answer.length})`;
}

function writeClue(answer, rng) {
  const device = rng.pick(DEVICES);
  const a = rng.pick(SURFACE);
  const b = rng.pick(SURFACE);
  return `${device} ${a} with ${b} ${enumeration(answer)}`;
}

module.exports = { SETTERS, writeClue, enumeration };
