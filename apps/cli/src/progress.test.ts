import { describe, expect, it } from 'vitest';
import { Progress } from './progress';

function sink() {
  const writes: string[] = [];
  return { writes, stream: { write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
}

describe('Progress', () => {
  it('draws one bar per percent step and clears it when done', () => {
    const { writes, stream } = sink();
    const p = new Progress(true, stream);
    p.update('decoding', 0.5);
    p.update('decoding', 0.501); // same percent: nothing new
    p.update('decoding', 1);
    p.done();
    expect(writes).toHaveLength(3);
    expect(writes[0]).toMatch(/^\rdecoding\s+\[#{15}\.{15}\]\s+50%$/);
    expect(writes[2]).toBe('\r\x1b[K');
  });

  it('writes nothing when disabled (not a terminal, or a small input)', () => {
    const { writes, stream } = sink();
    const p = new Progress(false, stream);
    p.update('reading', 0.3);
    p.done();
    expect(writes).toEqual([]);
  });
});
