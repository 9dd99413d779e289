import { describe, expect, it } from 'vitest';
import { wrap } from './wrap';

describe('wrap', () => {
  it('breaks at spaces within the width', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrap('abcdefghij xy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });

  it('ends the last kept line with … when lines were left out', () => {
    expect(wrap('aa bb cc dd ee', 5, 2)).toEqual(['aa bb', 'cc d…']);
    expect(wrap('aa bb cc dd ee', 8, 1)).toEqual(['aa bb c…']);
  });

  it('keeps nothing of empty text', () => {
    expect(wrap('  ', 10)).toEqual([]);
  });
});
