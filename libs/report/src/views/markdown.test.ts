import { describe, expect, it } from 'vitest';
import { renderMarkdown, type Finding, type SourceOptions } from '@hotpath/report';
import { code, fenced, text } from './markdown';
import { HANDLER_TS, hostileReport, sampleReport } from './report.fixture';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const SOURCE: SourceOptions = {
  repo: 'acme/shop',
  commit: SHA,
  resolveFrame: (f) => (f.startsWith('/srv/app/') && !f.includes('node_modules') ? f.slice('/srv/app/'.length) : null),
  readFile: (p) => (p === 'src/handler.ts' ? HANDLER_TS : null),
};

/** The Markdown without its code spans, fenced blocks and link destinations: what GitHub reads as text and HTML. */
function outsideCode(md: string): string {
  return md.replace(/(`+)[\s\S]*?\1/g, '').replace(/\]\(<[^<>\s]*>\)/g, '](url)');
}

/** HTML tags GitHub would see: only the ones this view writes itself. */
function tags(md: string): Set<string> {
  return new Set([...outsideCode(md).matchAll(/<\/?([A-Za-z][\w-]*)/g)].map((m) => m[1].toLowerCase()));
}

describe('renderMarkdown', () => {
  it('summarises the findings in a table and details each in a collapsible block', () => {
    const md = renderMarkdown(sampleReport(), { source: SOURCE });
    expect(md).toMatch(/^### hotpath: 2 findings\n/);
    expect(md).toContain('| **high** | AWS SDK client constructed on every call | 50.0% of `cpu` (500.00 ms), \\~$4.65/month |');
    expect(md.match(/<details>/g)).toHaveLength(5); // two findings, their stacks, the hotspots
    expect(md.match(/<\/details>/g)).toHaveLength(5);
    expect(md).toContain('<summary><b>high</b> AWS SDK client constructed on every call: 50.0% of <code>cpu</code></summary>');
    expect(md).toContain('**Fix:** Create the client once at module scope and reuse it.');
    expect(md).toContain('```diff\n--- a/src/handler.ts\n');
    expect(md).toContain('> 18 |   const s3 = new S3Client({});');
  });

  it('links every location that is in the repository to its line at the commit', () => {
    const md = renderMarkdown(sampleReport(), { source: SOURCE });
    expect(md).toContain(`[\`src/handler.ts:18\` in \`handle\`](<https://github.com/acme/shop/blob/${SHA}/src/handler.ts#L18>)`);
    expect(md).toContain(`[\`handle\` \`dist/handler.js:20\`](<https://github.com/acme/shop/blob/${SHA}/dist/handler.js#L20>)`);
    expect(md).toContain(`(<https://github.com/acme/shop/commit/${SHA}>)`);
    // Runtime and dependency frames are not in the repository: not linked.
    expect(md).toMatch(/^\d+\. `S3Client` `dist-cjs\/index\.js:100`$/m);
    expect(renderMarkdown(sampleReport())).not.toContain('https://');
  });

  it('shows at most maxFindings findings and says how many it left out', () => {
    const many = sampleReport({ findings: Array.from({ length: 30 }, () => sampleReport().findings[0]) });
    const md = renderMarkdown(many, { maxFindings: 5 });
    expect(md.match(/^<details>\n<summary><b>high/gm)).toHaveLength(5);
    expect(md).toContain('_25 more findings not shown (at most 5 are shown); the full report has them._');
  });

  it('stays within maxChars (GitHub comments end at 65 536), cutting whole findings', () => {
    const big: Finding = { ...sampleReport().findings[0], explanation: 'x '.repeat(1400), patch: `--- a/a\n+++ b/a\n@@ -1,300 +1,300 @@\n${'+line\n'.repeat(300)}` };
    const report = sampleReport({ findings: Array.from({ length: 200 }, () => big) });
    for (const maxChars of [60_000, 20_000, 5_000]) {
      const md = renderMarkdown(report, { maxChars, maxFindings: 200 });
      expect(md.length).toBeLessThanOrEqual(maxChars);
      expect(md).toMatch(/more findings not shown \(the comment would be too long\)/);
      expect(md.match(/<details>/g)!.length).toBe(md.match(/<\/details>/g)!.length);
    }
    expect(renderMarkdown(report).length).toBeLessThanOrEqual(60_000);
  });

  it('lets no profile string become HTML, a mention or a fence break', () => {
    const hostile = hostileReport();
    hostile.findings[0].title = '@octocat look';
    const md = renderMarkdown(hostile, { source: SOURCE });
    expect([...tags(md)].sort()).toEqual(['b', 'code', 'details', 'summary']);
    expect(outsideCode(md)).toContain('@\u2060octocat look');
    expect(outsideCode(md)).not.toMatch(/@(?!\u2060)/);
    expect(text('@octocat and <b>&</b> *x* [y](z)')).toBe('@\u2060octocat and &lt;b>&amp;&lt;/b> \\*x\\* \\[y\\](z)');
    expect(text('# not a heading')).toBe('\\# not a heading');
    expect(text('1. not a list')).toBe('1\\. not a list');
  });

  it('quotes code that contains backticks', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x`')).toBe('`` `x` ``');
    expect(fenced('```\nx\n```', 'diff')).toBe('````diff\n```\nx\n```\n````');
  });

  it('says so when there is nothing to report', () => {
    const md = renderMarkdown(sampleReport({ findings: [] }));
    expect(md).toContain('### hotpath: no findings');
    expect(md).toContain('No known inefficient pattern found in the hot stacks.');
    expect(md).not.toContain('| Severity |');
  });
});
