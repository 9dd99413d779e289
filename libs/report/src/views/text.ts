import type { Finding, Report } from '../report';
import { formatValue, percent, shortPath, truncate } from './format';

const WIDTH = 80;

/** A plain-text report readable at 80 columns. */
export function renderText(report: Report): string {
  const p = report.profile;
  const out: string[] = [];
  const duration = p.durationNanos ? `, ${formatValue(p.durationNanos, 'nanoseconds')} recorded` : '';
  const what = `hotpath: ${p.format} profile, ${p.sampleType}`;
  const summary = `${formatValue(p.total, p.unit)} in ${p.samples} samples${duration}`;
  // One line when it fits, else the summary on its own line: long type names and durations do not.
  if (what.length + summary.length + 3 <= WIDTH) out.push(`${what} (${summary})`);
  else out.push(truncate(what, WIDTH), truncate(`  ${summary}`, WIDTH));
  for (const w of p.warnings.slice(0, 5)) out.push(`warning: ${truncate(w, WIDTH - 9)}`);
  out.push('');

  if (report.findings.length === 0) {
    out.push('No known inefficient pattern found in the hot stacks.');
  } else {
    out.push(`Findings (${report.findings.length}):`);
    for (const f of report.findings) {
      out.push(`  [${f.severity}] ${truncate(f.title, WIDTH - 12)}`);
      // The sample type's name is as long as the profile made it: bound the whole line.
      out.push(truncate(`         ${percent(f.impact.share)} of ${p.sampleType}${costText(f)}`, WIDTH));
      out.push(truncate(`         at ${where(f)}`, WIDTH));
      out.push(`         ${truncate(f.recommendation, WIDTH - 9)}`);
    }
  }
  out.push('');
  out.push('Hotspots:');
  out.push(`  ${'self'.padStart(6)} ${'total'.padStart(6)}  function`);
  for (const h of report.hotspots) {
    const where = h.file ? `  ${shortPath(h.file)}${h.line ? `:${h.line}` : ''}` : '';
    out.push(truncate(`  ${percent(h.self).padStart(6)} ${percent(h.total).padStart(6)}  ${h.function}${where}`, WIDTH));
  }
  if (report.hotStacks.length > 0) {
    out.push('');
    out.push('Hottest stack:');
    const top = report.hotStacks[0];
    out.push(truncate(`  ${percent(top.share)} of ${p.sampleType}, leaf last:`, WIDTH));
    for (const f of top.stack.slice(-12)) out.push(truncate(`    ${f.function}`, WIDTH));
  }
  return out.join('\n') + '\n';
}

/** Where a finding is: its source location when resolved, else the blamed frame, else the costly one. */
function where(f: Finding): string {
  if (f.location) return `${f.location.file}:${f.location.line} (${f.location.function})`;
  const frame = f.blame ?? f.stack.at(-1);
  if (!frame) return '?';
  const file = frame.file ? ` ${shortPath(frame.file)}${frame.line ? `:${frame.line}` : ''}` : '';
  return `${frame.function}${file}${f.blame ? '' : ' (no application frame on the stack)'}`;
}

function costText(f: Finding): string {
  if (!f.cost) return '';
  const m = f.cost.monthly;
  return `, ${f.cost.cpuSecondsPerSecond} CPU-s/s, ~$${m.usd}/month`;
}
