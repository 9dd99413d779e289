import type { Finding, Report } from '../report';
import { printable, style, Style } from './ansi';
import { formatValue, percent, shortPath, truncate } from './format';
import type { RenderOptions } from './options';
import { SourceLinks } from './source-links';
import { wrap } from './wrap';

const WIDTH = 80;
const INDENT = '         ';

export interface TextOptions extends RenderOptions {
  /**
   * Colours and hyperlinks (OSC 8) for a terminal; decide with `useColor`.
   * Off by default: plain text, and links as a numbered list at the end.
   */
  color?: boolean;
}

/**
 * A plain-text report readable at 80 columns: every line fits, measured
 * without escape sequences. The one exception is the list of source links of
 * uncoloured output: a URL is not cut.
 */
export function renderText(report: Report, options: TextOptions = {}): string {
  return new TextView(report, options).render();
}

class TextView {
  private readonly st: Style;
  private readonly links: SourceLinks;
  private readonly out: string[] = [];
  /** URLs listed at the end of uncoloured output, referenced as [n]. */
  private readonly refs: string[] = [];

  constructor(
    private readonly report: Report,
    options: TextOptions,
  ) {
    this.st = style(options.color ?? false);
    this.links = new SourceLinks(options.source);
  }

  render(): string {
    this.header();
    this.findings();
    this.hotspots();
    this.hottestStack();
    this.linkList();
    return this.out.join('\n') + '\n';
  }

  private header(): void {
    const p = this.report.profile;
    const duration = p.durationNanos ? `, ${formatValue(p.durationNanos, 'nanoseconds')} recorded` : '';
    const what = `${printable(p.format)} profile, ${printable(p.sampleType)}`;
    const summary = `${formatValue(p.total, p.unit)} in ${p.samples} samples${duration}`;
    const title = this.st.bold('hotpath:');
    // One line when it fits, else the summary on its own line: long type names and durations do not.
    if ('hotpath: '.length + what.length + summary.length + 3 <= WIDTH) this.out.push(`${title} ${what} (${summary})`);
    else this.out.push(`${title} ${truncate(what, WIDTH - 9)}`, truncate(`  ${summary}`, WIDTH));
    for (const w of p.warnings.slice(0, 5)) this.out.push(`${this.st.yellow('warning:')} ${truncate(printable(w), WIDTH - 9)}`);
    if (this.links.label) this.out.push(this.st.dim(truncate(`source: ${this.links.label}`, WIDTH)));
    this.out.push('');
  }

  private findings(): void {
    const { findings } = this.report;
    if (findings.length === 0) {
      this.out.push('No known inefficient pattern found in the hot stacks.');
      return;
    }
    this.out.push(this.st.bold(`Findings (${findings.length}):`));
    for (const f of findings) this.finding(f);
  }

  private finding(f: Finding): void {
    const p = this.report.profile;
    const tag = `[${printable(f.severity)}]`;
    const [first, ...rest] = wrap(printable(f.title), WIDTH - 3 - tag.length, 2);
    this.out.push(`  ${this.severity(f.severity, tag)} ${this.st.bold(first ?? '')}`);
    for (const l of rest) this.out.push(`${' '.repeat(3 + tag.length)}${this.st.bold(l)}`);
    // The sample type's name is as long as the profile made it: bound the whole line.
    const value = formatValue(f.impact.value, f.impact.unit);
    this.out.push(truncate(`${INDENT}${percent(f.impact.share)} of ${printable(p.sampleType)} (${value})${costText(f)}`, WIDTH));
    const { text, url } = this.where(f);
    this.out.push(this.located(`${INDENT}at `, text, url));
    this.out.push(this.st.dim(truncate(`${INDENT}${printable(f.ruleId)}, ${f.detector}, confidence ${f.confidence}`, WIDTH)));
    for (const l of wrap(printable(f.recommendation), WIDTH - INDENT.length, 4)) this.out.push(INDENT + l);
    if (f.patch) this.out.push(this.st.dim(`${INDENT}A patch is attached (see the JSON, Markdown or HTML report).`));
  }

  private hotspots(): void {
    this.out.push('');
    this.out.push(this.st.bold('Hotspots:'));
    this.out.push(`  ${'self'.padStart(6)} ${'total'.padStart(6)}  function`);
    for (const h of this.report.hotspots) {
      const where = h.file ? `  ${shortPath(printable(h.file))}${h.line ? `:${h.line}` : ''}` : '';
      const url = this.links.frameUrl(h);
      this.out.push(this.located(`  ${percent(h.self).padStart(6)} ${percent(h.total).padStart(6)}  `, `${printable(h.function)}${where}`, url));
    }
  }

  private hottestStack(): void {
    const top = this.report.hotStacks[0];
    if (!top) return;
    this.out.push('');
    this.out.push(this.st.bold('Hottest stack:'));
    this.out.push(truncate(`  ${percent(top.share)} of ${printable(this.report.profile.sampleType)}, leaf last:`, WIDTH));
    for (const f of top.stack.slice(-12)) this.out.push(truncate(`    ${printable(f.function)}`, WIDTH));
  }

  private linkList(): void {
    if (this.refs.length === 0) return;
    this.out.push('');
    this.out.push(`Source links (${this.links.label}):`);
    this.refs.forEach((url, i) => this.out.push(`[${i + 1}] ${url}`));
  }

  /**
   * A line that ends in a location: hyperlinked on a terminal, else followed
   * by ` [n]`, n the URL's number in the list at the end.
   */
  private located(prefix: string, text: string, url: string | null): string {
    let ref = '';
    if (url && !this.st.enabled) {
      let i = this.refs.indexOf(url);
      if (i < 0) i = this.refs.push(url) - 1;
      ref = ` [${i + 1}]`;
    }
    const visible = truncate(text, Math.max(8, WIDTH - prefix.length - ref.length));
    return `${prefix}${this.st.link(url, visible)}${ref}`;
  }

  /** Where a finding is: its source location when resolved, else the blamed frame, else the costly one. */
  private where(f: Finding): { text: string; url: string | null } {
    if (f.location) {
      const path = this.links.locationPath(f.location.file);
      return {
        text: `${printable(f.location.file)}:${f.location.line} (${printable(f.location.function)})`,
        url: path === null ? null : this.links.url(path, f.location.line),
      };
    }
    const frame = f.blame ?? f.stack.at(-1);
    if (!frame) return { text: '?', url: null };
    const file = frame.file ? ` ${shortPath(printable(frame.file))}${frame.line ? `:${frame.line}` : ''}` : '';
    const traced = f.tracedTo ? ` (caller lost; traced to ${printable(f.tracedTo.function)})` : ' (no application frame on the stack)';
    return {
      text: `${printable(frame.function)}${file}${f.blame ? '' : traced}`,
      url: this.links.frameUrl(frame),
    };
  }

  private severity(s: Finding['severity'], text: string): string {
    if (s === 'high') return this.st.bold(this.st.red(text));
    return s === 'medium' ? this.st.yellow(text) : this.st.cyan(text);
  }
}

function costText(f: Finding): string {
  if (!f.cost) return '';
  const m = f.cost.monthly;
  return `, ${f.cost.cpuSecondsPerSecond} CPU-s/s, ~$${m.usd}/month`;
}
