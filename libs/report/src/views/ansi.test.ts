import { describe, expect, it } from 'vitest';
import { printable, stripAnsi, style, useColor } from './ansi';

describe('useColor', () => {
  it.each([
    [{ isTTY: true, env: {} }, true],
    [{ isTTY: false, env: {} }, false],
    [{ env: {} }, false],
    [{ isTTY: true, env: { NO_COLOR: '1' } }, false],
    [{ isTTY: true, env: { NO_COLOR: '' } }, true], // no-color.org: set and not empty
    [{ isTTY: true, env: { TERM: 'dumb' } }, false],
    [{ isTTY: false, env: { FORCE_COLOR: '1' } }, true],
    [{ isTTY: true, env: { FORCE_COLOR: '0' } }, false],
    [{ isTTY: true, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }, true], // as Node's own colours
  ])('%j → %s', (info, expected) => {
    expect(useColor(info)).toBe(expected);
  });
});

describe('styles', () => {
  it('are the identity when off, and strip back to the text when on', () => {
    const off = style(false);
    expect(off.red(off.bold(off.link('https://x', 'a')))).toBe('a');
    const on = style(true);
    const s = on.red(on.bold(on.link('https://example.com/a', 'text')));
    expect(s).not.toBe('text');
    expect(stripAnsi(s)).toBe('text');
    expect(on.link('https://x/\x1b\\y', 't')).toBe('\x1b]8;;https://x/\\y\x1b\\t\x1b]8;;\x1b\\');
  });

  it('replaces control characters of profile strings', () => {
    expect(printable('a\tb\nc\x1b[0m\x9bd')).toBe('a b c?[0m?d');
  });
});
