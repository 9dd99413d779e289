// Scores hotpath's source locations and patches on the held-out programs:
//
//   node test/holdout-locate/score.mjs [--no-patches] [name...]     (or: npm run eval:locate)
//
// Analyses every recorded profile with `hotpath analyze <profile> --source <dir> --format
// json` (build first: tsc -b), matches the findings to the planted patterns of manifest.json
// by category and prints, per planted pattern, the expected and the reported location. Then,
// unless --no-patches, for each patchable pattern it applies the finding's patch to a staged
// copy, records the program again and prints the pattern's share before and after.
// Exit status: 0 when both targets are met, 1 when one is missed, 2 for an unknown name.
import { locationTotals, patchTotals, scoreLocations, scorePatches, TARGETS } from './scoring.mjs';
import { readManifest } from './recorder.mjs';

const pct = (x) => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)} %`);
const share = (x) => (typeof x === 'number' ? pct(x) : (x ?? '–'));
const pad = (s, n) => String(s).padEnd(n);

function printLocations(rows) {
  const table = rows.map((r) => {
    const loc = r.finding?.location;
    const reported = r.error ? r.error : loc ? `${loc.file}:${loc.line}` : r.finding ? `(${r.finding.ruleId})` : '';
    return [r.program.name, r.profile.path.replace('profiles/', ''), r.pattern.id, `${r.pattern.file}:${r.pattern.line}`, reported, r.verdict];
  });
  const head = ['program', 'profile', 'pattern', 'expected', 'reported', 'verdict'];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
  console.log('Locations');
  for (const row of [head, ...table]) console.log(row.map((c, i) => (i === row.length - 1 ? c : pad(c, widths[i]))).join('  '));
}

function printPatches(results) {
  console.log('\nPatches (first profile of each program; share measured the same way before and after, see "measured")');
  console.log(`${pad('program', 20)} ${pad('pattern', 32)} ${pad('before', 9)} ${pad('after', 9)} ${pad('removed', 10)} status`);
  for (const r of results) {
    const removed = r.removed === undefined || r.removed === null ? '–' : `${r.bound ? '≥' : ''}${pct(r.removed)}`;
    console.log(
      `${pad(r.program.name, 20)} ${pad(r.pattern.id, 32)} ${pad(share(r.before ?? r.finding?.impact?.share), 9)} ${pad(share(r.after), 9)} ${pad(removed, 10)} ${r.status}${r.detail ? ` (${r.detail})` : ''}${r.measured ? ` [measured: ${r.measured}]` : ''}`,
    );
  }
}

function main() {
  const args = process.argv.slice(2);
  const patches = !args.includes('--no-patches');
  const names = args.filter((a) => !a.startsWith('--'));
  const all = readManifest().programs;
  const unknown = names.filter((n) => !all.some((p) => p.name === n));
  if (unknown.length > 0) {
    console.error(`score: unknown program(s) ${unknown.join(', ')}; known: ${all.map((p) => p.name).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const programs = all.filter((p) => names.length === 0 || names.includes(p.name));
  const rows = scoreLocations(programs);
  printLocations(rows);
  const loc = locationTotals(rows);
  const locOk = loc.found > 0 && loc.accuracy >= TARGETS.location;
  console.log(
    `\nLocation: ${loc.good}/${loc.found} findings within ±1 line (${pct(loc.accuracy)}; ${loc.exact} exact), target ≥ ${pct(TARGETS.location)}: ${locOk ? 'MET' : 'MISSED'}` +
      `\n  ${loc.found}/${loc.planted} planted patterns × profiles have a finding of their category; ` +
      `${rows.filter((r) => r.verdict === 'no location').length} findings carry no location`,
  );
  if (rows.some((r) => r.verdict === 'analyze failed')) console.log(`  analyze failed on ${rows.filter((r) => r.verdict === 'analyze failed').length} rows (build with tsc -b?)`);
  let patchOk = true;
  if (patches) {
    const results = scorePatches(programs, rows, (m) => console.error(m));
    printPatches(results);
    const t = patchTotals(results);
    const rate = t.patchable === 0 ? 0 : t.success / t.patchable;
    patchOk = t.patchable > 0 && rate >= TARGETS.patchSuccess;
    console.log(
      `\nPatches: ${t.success}/${t.patchable} patchable findings got a patch that applies and removes ≥ ${pct(TARGETS.removed)} of the share (${pct(rate)}), ` +
        `target ≥ ${pct(TARGETS.patchSuccess)}: ${patchOk ? 'MET' : 'MISSED'}` +
        `\n  ${t.offered} offered a patch, ${t.applies} applied; ${t.unexpected} patches offered on patterns marked not patchable (tried, not counted)`,
    );
  }
  if (!locOk || !patchOk) process.exitCode = 1;
}

main();
