import { describe, expect, it } from 'vitest';
import { LimitExceededError, ProfileBuilder, withLimits } from '@hotpath/profile';

describe('ProfileBuilder', () => {
  it('counts inlined frames against the stack depth limit', () => {
    const b = new ProfileBuilder('test', [{ type: 'cpu', unit: 'nanoseconds' }], withLimits({ maxStackDepth: 100 }));
    const fn = b.functionId('f', 'f.go');
    // One location with 60 inlined lines: two of them make a 2-location stack of 120 frames.
    const loc = b.addLocation(Array.from({ length: 60 }, (_, i) => ({ functionId: fn, line: i + 1, column: 0 })));
    b.addSample([loc], [1]);
    expect(() => b.addSample([loc, loc], [1])).toThrow(LimitExceededError);
    expect(() => b.addSample([loc, loc], [1])).toThrow(/2 locations holding 120 frames/);
  });

  it('stores each distinct stack once', () => {
    const b = new ProfileBuilder('test', [{ type: 'samples', unit: 'count' }]);
    const a = b.frame({ name: 'a' });
    const c = b.frame({ name: 'c' });
    b.addSample([c, a], [1]);
    b.addSample([c, a], [2]);
    b.addSample([a], [3]);
    const p = b.build();
    expect(p.samples.length).toBe(3);
    expect(p.samples.stacks.length).toBe(2);
    expect(Array.from(p.samples.stack)).toEqual([0, 0, 1]);
  });
});
