import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderHtml, type SourceOptions } from '@hotpath/report';
import { jsonForScript } from './escape';
import { HANDLER_TS, hostileReport, PAYLOADS, sampleReport } from './report.fixture';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const SOURCE: SourceOptions = {
  repo: 'acme/shop',
  commit: SHA,
  resolveFrame: (f) => (f.startsWith('/srv/app/') && !f.includes('node_modules') ? f.slice('/srv/app/'.length) : null),
  readFile: (p) => (p === 'src/handler.ts' ? HANDLER_TS : null),
};

const inline = (html: string, tag: 'script' | 'style') => [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]);
const data = (html: string) => JSON.parse(/<script type="application\/json" id="hp-data">([\s\S]*?)<\/script>/.exec(html)![1]);
/** The markup with the two scripts' contents taken out: what the parser sees as elements. */
const markup = (html: string) => html.replace(/(<script[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2').replace(/(<style>)[\s\S]*?(<\/style>)/g, '$1$2');

describe('renderHtml', () => {
  it('is one self-contained page: no script, style, font or image from elsewhere', () => {
    const html = renderHtml(sampleReport(), { source: SOURCE });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(markup(html)).not.toMatch(/<(link|img|iframe|object|embed)\b/);
    expect(markup(html)).not.toMatch(/\ssrc=/);
    expect(html).not.toMatch(/@import|url\(/);
    // The only addresses are the source links and the SVG namespace.
    const urls = [...html.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0]);
    for (const u of urls) expect(u.startsWith('https://github.com/acme/shop/') || u === 'http://www.w3.org/2000/svg', u).toBe(true);
  });

  it('allows only its own script and style, by hash, in a Content-Security-Policy', () => {
    const html = renderHtml(sampleReport());
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1].replace(/&#39;/g, "'");
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const [json, script] = inline(html, 'script');
    expect(json).toBeDefined();
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(inline(html, 'style')[0])}`);
    expect(csp).toContain("default-src 'none'");
  });

  it('shows the findings with cost, location, snippet and patch, and the hotspot table', () => {
    const html = renderHtml(sampleReport(), { source: SOURCE });
    expect(html).toContain('<h1>hotpath: 2 findings</h1>');
    expect(html).toContain('AWS SDK client constructed on every call');
    expect(html).toContain('~$4.65, 109.5 core-hours, 1.3 kWh, 0.0005 t CO2e (3 instances)');
    expect(html).toContain(`<a href="https://github.com/acme/shop/blob/${SHA}/src/handler.ts#L18" rel="noopener noreferrer"><code>src/handler.ts:18:14</code></a>`);
    expect(html).toContain('<span class="hp-focus"><span class="hp-line-no">   18 </span>  const s3 = new S3Client({});</span>');
    expect(html).toContain('<span class="hp-del">-  const s3 = new S3Client({});</span>');
    expect(html).toContain('<span class="hp-add">+const s3 = new S3Client({});</span>');
    expect(html).toMatch(/<section id="hp-hotspots">[\s\S]*<td class="hp-num">50\.0%<\/td>/);
    expect(html.match(/class="hp-show"/g)).toHaveLength(2);
  });

  it("carries the flame graph and each finding's frames for the page's script", () => {
    const d = data(renderHtml(sampleReport(), { source: SOURCE }));
    expect(d.graph.name).toEqual(['(root)', 'main', 'handle', 'S3Client', 'parse', '(other)']);
    expect(d.findings[0].frames.map((i: number) => d.graph.name[i])).toEqual(['main', 'handle', 'S3Client']);
    expect(d.findings[1].frames.map((i: number) => d.graph.name[i])).toEqual(['main', 'handle', 'parse']);
    expect(d.graph.url[2]).toBe(`https://github.com/acme/shop/blob/${SHA}/dist/handler.js#L20`);
    expect(d.graph.url[3]).toBeNull(); // node_modules: not in the repository
  });

  it('says so when the report has no flame graph', () => {
    const html = renderHtml(sampleReport({ flameGraph: undefined }));
    expect(html).toContain('This report was built without a flame graph.');
    expect(html).not.toContain('class="hp-show"');
    expect(data(html).graph).toBeNull();
  });

  it('escapes every string of a hostile profile: no element, attribute or script of its own', () => {
    const html = renderHtml(hostileReport(), { source: SOURCE });
    const m = markup(html);
    for (const p of PAYLOADS) expect(m).not.toContain(p);
    expect(m).not.toMatch(/<(img|svg onload|iframe)\b/);
    const elements = [...m.matchAll(/<[A-Za-z][^>]*>/g)].map((t) => t[0]);
    // Attribute values are all double-quoted, with " escaped inside: outside them only names remain.
    for (const t of elements) expect(t.replace(/"[^"]*"/g, '""')).not.toMatch(/\son[a-z]+=/i);
    expect(new Set(elements.map((t) => /^<([a-z0-9]+)/i.exec(t)![1]))).toEqual(
      new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'p', 'code', 'a', 'ul', 'li', 'main', 'section', 'h2', 'div', 'input', 'button', 'span', 'svg', 'article', 'h3', 'dl', 'dt', 'dd', 'strong', 'h4', 'pre', 'details', 'summary', 'ol', 'table', 'thead', 'tr', 'th', 'tbody', 'td', 'footer', 'script']),
    );
    expect(m.match(/<script\b/g)).toHaveLength(2);
    expect(m).not.toMatch(/<!--/);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(m).toContain('&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;');
    // The data survives intact for the script, which puts it in the page as text only.
    const [json] = inline(html, 'script');
    expect(json).not.toMatch(/[<>]/);
    expect(data(html).graph.name).toContain(hostileReport().flameGraph!.children[0].name);
  });

  it('keeps </script> and <!-- out of the embedded JSON', () => {
    expect(jsonForScript({ a: '</script><!--\u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u2028"}');
    expect(JSON.parse(jsonForScript({ a: '</script>&' }))).toEqual({ a: '</script>&' });
  });
});
