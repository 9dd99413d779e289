import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProfile, importProfile, totalOf } from '@hotpath/profile';

// Recorded here with Debian 12's perf 6.1 (testdata/record-perf.sh): a newer output than the
// corpus's, with the event's modifiers (`cpu-clock:ppp:`) and symbol offsets (`main+0x69`).
const TEXT = readFileSync(join(__dirname, 'testdata', 'perf-6.1-busy.txt'));

describe('perf script from perf 6.1', () => {
  it.each([['perf-6.1-busy.txt'], [undefined]])('imports every event with its period (file name %s)', (fileName) => {
    const p = importProfile(TEXT, { fileName });
    checkProfile(p);
    expect(p.format).toBe('perf-script');
    const events = TEXT.toString('utf8').match(/ cpu-clock:ppp: *\n/g)!.length;
    expect(p.sampleTypes.map((t) => `${t.type}/${t.unit}`)).toEqual(['samples/count', 'cpu-clock:ppp/nanoseconds']);
    expect(totalOf(p, 0)).toBe(events);
    expect(totalOf(p, 1)).toBe(events * 1001001); // `perf record -F 999`: a 1001001 ns period
    const names = new Set(p.functions.map((f) => p.strings[f.name]));
    for (const fn of ['busy', 'main', '__vfprintf_internal', '_itoa_word']) expect(names).toContain(fn);
    // Offsets are not part of a function's name.
    expect([...names].some((n) => /\+0x[0-9a-f]+$/.test(n))).toBe(false);
  });
});
