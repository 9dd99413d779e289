import { describe, expect, it } from 'vitest';
import { renderText, type Report } from '@hotpath/report';

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
