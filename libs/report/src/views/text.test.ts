import { describe, expect, it } from 'vitest';
import { renderText, stripAnsi, type Report } from '@hotpath/report';

const LONG = 'x'.repeat(200);

function report(sampleType: string, overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    profile: {
      format: 'pprof',
      sampleType,
      unit: 'nanoseconds',
      total: 1_500_000_000,
      samples: 12015,
      durationNanos: 10_800_000_000_000,
      sampleTypes: [`${sampleType}/nanoseconds`],
      warnings: [`line 3: ${LONG}`],
    },
    findings: [
      {
        ruleId: 'node.example',
        category: 'sync-io-on-request-path',
        detector: 'rule',
        confidence: 0.9,
        severity: 'medium',
        title: `A title ${LONG}`,
        impact: { share: 0.5, value: 750_000_000, unit: 'nanoseconds' },
        stack: [{ function: `handler${LONG}`, file: '/srv/app/dist/handler.js', line: 41 }],
        location: { file: `src/${'deep/'.repeat(20)}handler.ts`, line: 18, column: 3, function: 'handler' },
        explanation: 'why',
        recommendation: `Do this ${LONG}`,
      },
    ],
    hotspots: [{ function: `fn${LONG}`, file: `/srv/${LONG}/f.js`, line: 7, self: 0.5, total: 1 }],
    hotStacks: [{ share: 0.5, value: 750_000_000, stack: [{ function: `leaf${LONG}`, file: '', line: 0 }] }],
    ...overrides,
  };
}

describe('renderText', () => {
  it.each(['cpu', 'alloc_in_new_tlab_bytes', `a_very_long_sample_type_${'name_'.repeat(20)}`])(
    'keeps every line within 80 columns (sample type %s)',
    (sampleType) => {
      const text = renderText(report(sampleType));
      for (const line of text.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    },
  );

  it('writes the summary on the first line when it fits, on a second line when not', () => {
    const short = renderText(report('cpu', { profile: { ...report('cpu').profile, durationNanos: 0, warnings: [] } })).split('\n');
    expect(short[0]).toBe('hotpath: pprof profile, cpu (1.50 s in 12015 samples)');
    const long = renderText(report('alloc_in_new_tlab_bytes')).split('\n');
    expect(long[0]).toBe('hotpath: pprof profile, alloc_in_new_tlab_bytes');
    expect(long[1]).toBe('  1.50 s in 12015 samples, 10800.00 s recorded');
  });
});

describe('renderText on a terminal and in a pipe', () => {
  const SHA = '0123456789abcdef0123456789abcdef01234567';
  const source = {
    repo: 'acme/shop',
    commit: SHA,
    resolveFrame: (f: string) => (f.startsWith('/srv/') ? f.slice('/srv/'.length) : null),
  };
  const visible = (line: string) => [...stripAnsi(line)].length;

  it('has no escape sequence at all unless asked for colour', () => {
    expect(renderText(report('cpu'), { source })).not.toContain('\x1b');
    expect(renderText(report('cpu'))).not.toContain('\x1b');
  });

  it('colours a terminal and still fits 80 visible columns', () => {
    const text = renderText(report('cpu'), { color: true, source });
    expect(text).toContain('\x1b[1mhotpath:\x1b[22m');
    expect(text).toContain('\x1b[33m[medium]\x1b[39m');
    for (const line of text.split('\n')) expect(visible(line), stripAnsi(line)).toBeLessThanOrEqual(80);
    expect(stripAnsi(text).split('\n')[0]).toBe(renderText(report('cpu')).split('\n')[0]);
  });

  it('links locations with terminal hyperlinks (OSC 8) on a terminal', () => {
    const text = renderText(report('cpu'), { color: true, source });
    expect(text).toContain(`\x1b]8;;https://github.com/acme/shop/blob/${SHA}/src/${'deep/'.repeat(20)}handler.ts#L18\x1b\\`);
    expect(text).toContain(`\x1b]8;;https://github.com/acme/shop/blob/${SHA}/${'x'.repeat(200)}/f.js#L7\x1b\\`);
    expect(text).not.toContain('Source links');
  });

  it('numbers the links in a pipe and lists them at the end, each URL whole', () => {
    const text = renderText(report('cpu'), { source });
    const lines = text.trimEnd().split('\n');
    expect(lines.find((l) => l.startsWith('         at '))).toMatch(/ \[1\]$/);
    const list = lines.indexOf('Source links (acme/shop@0123456789ab):');
    expect(list).toBeGreaterThan(0);
    expect(lines.slice(list + 1)).toEqual([
      `[1] https://github.com/acme/shop/blob/${SHA}/src/${'deep/'.repeat(20)}handler.ts#L18`,
      `[2] https://github.com/acme/shop/blob/${SHA}/${'x'.repeat(200)}/f.js#L7`,
    ]);
    // Everything but the URL list fits.
    for (const line of lines.slice(0, list)) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it('wraps the recommendation instead of cutting it', () => {
    const r = report('cpu');
    r.findings[0].recommendation = 'Create the client once at module scope and pass it to every handler that needs it, instead of building a new one for each request.';
    const lines = renderText(r).split('\n');
    const first = lines.findIndex((l) => l.startsWith('         Create'));
    expect(lines.slice(first, first + 2).map((l) => l.trim()).join(' ')).toBe(r.findings[0].recommendation);
    expect(lines[first + 2]).toBe('');
  });

  it('shows control characters of a profile as ?, so a name cannot drive the terminal', () => {
    const r = report('cpu');
    r.hotspots[0].function = 'evil\x1b]0;owned\x07\x1b[2J';
    r.findings[0].title = 'title\x1b[31m';
    const text = renderText(r);
    expect(text).not.toContain('\x1b');
    expect(text).not.toContain('\x07');
    expect(text).toContain('evil?]0;owned??[2J');
  });
});
