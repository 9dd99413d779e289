import type { Finding, Report, StackFrame } from '../report';
import { escapeHtml } from './escape';
import { formatValue, percent, shortPath } from './format';
import type { RenderOptions } from './options';
import { SourceLinks, SourcePlace } from './source-links';

export interface MarkdownOptions extends RenderOptions {
  /** Findings shown at most (the heaviest first, as the report orders them); default 20. */
  maxFindings?: number;
  /** Characters at most; default 60 000, under GitHub's 65 536 for a comment or an issue body. */
  maxChars?: number;
  /** Hotspot rows at most; default 10, 0 for none. */
  maxHotspots?: number;
  /** The heading's level (2: `##`); default 3, to sit inside a digest or a comment. */
  headingLevel?: number;
}

const MAX_PATCH_LINES = 200;
const MAX_BLOCK_CHARS = 12_000;

/**
 * The report as GitHub-flavoured Markdown for pull-request comments, digests
 * and issues: a summary table, then one collapsible `<details>` per finding
 * (explanation, fix, snippet, patch, stack). Bounded: at most `maxFindings`
 * findings and `maxChars` characters, with a line saying what was left out.
 * Profile strings are escaped: no HTML, no mention of a user, no link that
 * the profile did not earn.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? 60_000;
  const maxFindings = options.maxFindings ?? 20;
  const links = new SourceLinks(options.source);
  const h = '#'.repeat(Math.min(6, Math.max(1, options.headingLevel ?? 3)));
  const p = report.profile;
  const n = report.findings.length;

  const head: string[] = [];
  head.push(`${h} hotpath: ${n === 0 ? 'no findings' : n === 1 ? '1 finding' : `${n} findings`}`, '');
  const duration = p.durationNanos ? `, ${formatValue(p.durationNanos, 'nanoseconds')} recorded` : '';
  let summary = `${code(p.format)} profile, ${code(p.sampleType)}: ${text(`${formatValue(p.total, p.unit)} in ${p.samples} samples${duration}`)}.`;
  const commit = links.commitUrl;
  if (links.label && commit) summary += ` Source: [${text(links.label)}](<${commit}>).`;
  head.push(summary, '');
  for (const w of p.warnings.slice(0, 5)) head.push(`> Warning: ${code(clip(w, 300))}`, '');
  if (n === 0) head.push('No known inefficient pattern found in the hot stacks.', '');

  const tail: string[] = [];
  const hotspots = hotspotTable(report, links, options.maxHotspots ?? 10);

  // Findings go in while they fit, leaving room for the line that counts the rest.
  const reserve = 200;
  const rows: string[] = [];
  const blocks: string[] = [];
  let size = joined(head).length + reserve;
  for (const f of report.findings.slice(0, maxFindings)) {
    const row = tableRow(f, report, links);
    const block = details(f, report, links);
    if (size + row.length + block.length + 2 > maxChars) break;
    rows.push(row);
    blocks.push(block);
    size += row.length + block.length + 2;
  }
  const left = n - rows.length;
  if (left > 0) {
    const why = rows.length === maxFindings ? `at most ${maxFindings} are shown` : 'the comment would be too long';
    tail.push(`_${left} more ${left === 1 ? 'finding' : 'findings'} not shown (${why}); the full report has them._`, '');
  }
  if (hotspots && size + hotspots.length + 2 <= maxChars) tail.push(hotspots, '');

  const body: string[] = [...head];
  if (rows.length > 0) body.push('| Severity | Finding | Cost | Where |', '|---|---|---|---|', ...rows, '', ...blocks.flatMap((b) => [b, '']));
  body.push(...tail);
  const out = joined(body);
  // The estimates above leave room; this is the guarantee.
  return out.length <= maxChars ? out : out.slice(0, maxChars - 40).replace(/\n[^\n]*$/, '') + '\n\n_(cut at the size limit)_\n';
}

function joined(lines: string[]): string {
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}

function tableRow(f: Finding, report: Report, links: SourceLinks): string {
  const where = whereLink(f, links);
  const cells = [`**${text(f.severity)}**`, cell(text(f.title)), cell(costCell(f, report)), where ? cell(where) : ''];
  return `| ${cells.join(' | ')} |`;
}

function costCell(f: Finding, report: Report): string {
  let c = `${percent(f.impact.share)} of ${code(report.profile.sampleType)} (${formatValue(f.impact.value, f.impact.unit)})`;
  if (f.cost) c += text(`, ~$${f.cost.monthly.usd}/month`);
  return c;
}

function details(f: Finding, report: Report, links: SourceLinks): string {
  const out: string[] = [];
  const summary = `<b>${html(f.severity)}</b> ${html(f.title)}: ${percent(f.impact.share)} of <code>${html(report.profile.sampleType)}</code>`;
  out.push('<details>', `<summary>${summary}</summary>`, '');
  const where = whereLink(f, links);
  if (where) out.push(`**Where:** ${where}`, '');
  out.push(`**Rule:** ${code(f.ruleId)} (${code(f.category)}, ${text(`${f.detector}, confidence ${f.confidence}`)})`, '');
  if (f.cost) {
    const m = f.cost.monthly;
    const fleet = `${m.fleetSize} ${m.fleetSize === 1 ? 'instance' : 'instances'}`;
    out.push(`**Cost:** ${text(`${f.cost.cpuSecondsPerSecond} CPU-seconds per second; per month for ${fleet}: ${m.coreHours} core-hours, ~$${m.usd}, ${m.kWh} kWh, ${m.co2Tonnes} t CO2e`)}`, '');
  }
  out.push(text(clip(f.explanation, 3000)), '', `**Fix:** ${text(clip(f.recommendation, 3000))}`, '');
  const place = links.place(f);
  const snippet = place && links.snippet(place.path, place.line);
  if (snippet) {
    out.push(`${code(snippet.path)} line ${snippet.line}:`, '');
    out.push(fenced(snippet.lines.map((l, i) => `${snippet.startLine + i === snippet.line ? '>' : ' '} ${snippet.startLine + i} | ${l}`).join('\n'), ''));
    out.push('');
  }
  if (f.patch) out.push('**Patch:**', '', fenced(boundedPatch(f.patch), 'diff'), '');
  if (f.stack.length > 0) {
    out.push('<details>', `<summary>Stack (${f.stack.length} frames, root first)</summary>`, '');
    f.stack.forEach((s, i) => out.push(`${i + 1}. ${frameText(s, links)}`));
    out.push('', '</details>', '');
  }
  out.push('</details>');
  return out.join('\n');
}

/** The finding's place as a link when it has one in the repository, else as text. */
function whereLink(f: Finding, links: SourceLinks): string {
  const place = links.place(f);
  if (place) return placeLink(place, links);
  if (f.location) return `${code(`${f.location.file}:${f.location.line}`)} in ${code(f.location.function)}`;
  const frame = f.blame ?? f.stack.at(-1);
  if (!frame) return '';
  return f.tracedTo ? `${frameText(frame, links)} (caller lost; traced to ${frameText(f.tracedTo, links)})` : frameText(frame, links);
}

function placeLink(place: SourcePlace, links: SourceLinks): string {
  const label = `${code(`${place.path}${place.line ? `:${place.line}` : ''}`)} in ${code(place.function)}`;
  const url = links.url(place.path, place.line);
  return url ? `[${label}](<${url}>)` : label;
}

function frameText(s: StackFrame, links: SourceLinks): string {
  const file = s.file ? ` ${code(`${shortPath(s.file)}${s.line ? `:${s.line}` : ''}`)}` : '';
  const url = links.frameUrl(s);
  const label = `${code(s.function)}${file}`;
  return url ? `[${label}](<${url}>)` : label;
}

function hotspotTable(report: Report, links: SourceLinks, max: number): string {
  const rows = report.hotspots.slice(0, max);
  if (rows.length === 0) return '';
  const out = ['<details>', '<summary>Hotspots</summary>', '', '| self | total | function |', '|---:|---:|---|'];
  for (const h of rows) out.push(`| ${percent(h.self)} | ${percent(h.total)} | ${cell(frameText(h, links))} |`);
  out.push('', '</details>');
  return out.join('\n');
}

function boundedPatch(patch: string): string {
  const lines = clip(patch, MAX_BLOCK_CHARS).split('\n');
  if (lines.length <= MAX_PATCH_LINES) return lines.join('\n');
  return [...lines.slice(0, MAX_PATCH_LINES), `… ${lines.length - MAX_PATCH_LINES} more lines in the full report`].join('\n');
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

/**
 * Text with Markdown and HTML made literal: inline punctuation
 * backslash-escaped, a line start that would open a block escaped, `<` and
 * `&` as entities, line breaks as spaces, and `@` kept from mentioning
 * anyone (a word joiner after it).
 */
export function text(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/^(\s*)([#>+=-]|\d+[.)])/, (_m, sp: string, mark: string) => `${sp}${mark.replace(/[#>+=.)-]/, '\\$&')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@/g, '@\u2060');
}

/** Text inside an HTML element (`<summary>`): entities, and no mention. */
function html(s: string): string {
  return escapeHtml(s.replace(/[\r\n]+/g, ' ')).replace(/@/g, '@\u2060');
}

/** An inline code span that holds any text: a longer backtick run than the text has (CommonMark 6.1). */
export function code(s: string): string {
  const t = s.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || t.startsWith(' ') ? ' ' : '';
  return `${ticks}${pad}${t}${pad}${ticks}`;
}

/** A fenced block that its content cannot close: a longer fence than any backtick run inside. */
export function fenced(content: string, lang: string): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${content}\n${fence}`;
}

/** A table cell: a `|` would end it, even inside a code span (GFM 4.10). */
function cell(s: string): string {
  return s.replace(/\\\|/g, '|').replace(/\|/g, '\\|');
}
