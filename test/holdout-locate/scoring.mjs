// Scoring of hotpath's locations and patches against the held-out programs' manifest.
// Used by score.mjs (the printed evaluation) and test/holdout-locate.test.ts. It only uses
// hotpath's command-line contract (DESIGN.md): `analyze <profile> --source <dir> --format
// json` and the report's findings[].category/location/patch/impact.share.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, makeRoot, record, REPO, SET_DIR, stage } from './recorder.mjs';

const CLI = path.join(REPO, 'apps', 'cli', 'bin', 'hotpath.js');
// The project's own decoder and call tree (built by tsc -b), to measure a frame's share in a
// re-recorded profile where the rule no longer fires.
const requireFromRepo = createRequire(path.join(REPO, 'package.json'));
const ANALYZE_TIMEOUT_MS = 120_000;

export const TARGETS = { location: 0.85, patchSuccess: 0.7, removed: 0.8 };

/** Runs `hotpath analyze` and returns the parsed report; throws with the CLI's message. */
export function analyze(profilePath, sourceDir) {
  const r = spawnSync(process.execPath, [CLI, 'analyze', profilePath, '--source', sourceDir, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: ANALYZE_TIMEOUT_MS,
  });
  if (r.error) throw new Error(`hotpath analyze ${profilePath}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`hotpath analyze ${profilePath}: exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
  return JSON.parse(r.stdout);
}

const normalise = (file) => String(file).replace(/\\/g, '/').replace(/^\.\//, '');

/** How far a finding's location is from a planted pattern; smaller is better. */
function distance(pattern, finding) {
  const loc = finding.location;
  if (!loc || typeof loc.line !== 'number') return 1e9;
  if (normalise(loc.file) !== pattern.file) return 1e6;
  return Math.abs(loc.line - pattern.line);
}

/**
 * Pairs planted patterns with findings of the same category, closest location first, each
 * finding used at most once (a program may plant two patterns of one category).
 */
export function match(patterns, findings) {
  const pairs = [];
  patterns.forEach((p, pi) =>
    findings.forEach((f, fi) => {
      if (f.category === p.category) pairs.push({ pi, fi, d: distance(p, f) });
    }),
  );
  pairs.sort((a, b) => a.d - b.d || findings[b.fi].impact.share - findings[a.fi].impact.share);
  const byPattern = new Map();
  const used = new Set();
  for (const { pi, fi } of pairs) {
    if (byPattern.has(pi) || used.has(fi)) continue;
    byPattern.set(pi, findings[fi]);
    used.add(fi);
  }
  return patterns.map((pattern, pi) => ({ pattern, finding: byPattern.get(pi) ?? null }));
}

/** exact | ±1 | wrong | wrong file | no location | no finding */
export function verdict(pattern, finding) {
  if (!finding) return 'no finding';
  const loc = finding.location;
  if (!loc || typeof loc.line !== 'number') return 'no location';
  if (normalise(loc.file) !== pattern.file) return 'wrong file';
  const d = Math.abs(loc.line - pattern.line);
  return d === 0 ? 'exact' : d === 1 ? '±1' : 'wrong';
}

export const locatedWell = (v) => v === 'exact' || v === '±1';

/** Location rows for every program × profile × planted pattern. */
export function scoreLocations(programs) {
  const rows = [];
  for (const program of programs) {
    const sourceDir = path.join(SET_DIR, program.name, program.source);
    for (const profile of program.profiles) {
      const profilePath = path.join(SET_DIR, program.name, profile.path);
      let report;
      try {
        report = analyze(profilePath, sourceDir);
      } catch (err) {
        for (const pattern of program.patterns) rows.push({ program, profile, pattern, finding: null, verdict: 'analyze failed', error: err.message });
        continue;
      }
      for (const { pattern, finding } of match(program.patterns, report.findings)) {
        rows.push({ program, profile, pattern, finding, verdict: verdict(pattern, finding) });
      }
    }
  }
  return rows;
}

export function locationTotals(rows) {
  const found = rows.filter((r) => r.finding);
  const good = found.filter((r) => locatedWell(r.verdict));
  return {
    planted: rows.length,
    found: found.length,
    exact: found.filter((r) => r.verdict === 'exact').length,
    good: good.length,
    accuracy: found.length === 0 ? 0 : good.length / found.length,
  };
}

function ruleThresholds() {
  const r = spawnSync(process.execPath, [CLI, 'rules', 'list', '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) return new Map();
  return new Map(JSON.parse(r.stdout).map((rule) => [rule.id, rule.threshold]));
}

/**
 * For each patchable planted pattern found in the program's first profile: applies the
 * finding's patch to a staged copy (`git apply --check`, then `git apply`), rebuilds,
 * re-records that profile with the program's own recording command, analyses it again and
 * compares the pattern's share before and after (measured as tryPatch explains). Patterns
 * that got no finding are listed but not counted.
 */
export function scorePatches(programs, locationRows, log = () => {}) {
  const thresholds = ruleThresholds();
  const results = [];
  for (const program of programs) {
    const primary = program.profiles[0];
    for (const pattern of program.patterns) {
      const row = locationRows.find((r) => r.program === program && r.profile === primary && r.pattern === pattern);
      const finding = row?.finding ?? null;
      if (!pattern.patchable) {
        // A patch where the manifest expects none is tried too, so its safety can be judged
        // from the diff and its effect from the numbers, but it does not count for the target.
        if (finding?.patch) {
          log(`${program.name}/${pattern.id}: a patch was offered for a pattern marked not patchable; trying it…`);
          const r = tryPatch(program, pattern, primary, finding, thresholds);
          results.push({ program, pattern, finding, ...r, status: `${r.status}; not counted: marked not patchable`, counted: false, unexpected: true });
        }
        continue;
      }
      const base = { program, pattern, finding, counted: Boolean(finding) };
      if (!finding) {
        results.push({ ...base, status: 'no finding' });
        continue;
      }
      if (typeof finding.patch !== 'string' || finding.patch.length === 0) {
        results.push({ ...base, status: 'no patch' });
        continue;
      }
      log(`${program.name}/${pattern.id}: applying the patch and recording again…`);
      results.push({ ...base, ...tryPatch(program, pattern, primary, finding, thresholds) });
    }
  }
  return results;
}

export function tryPatch(program, pattern, profile, finding, thresholds = ruleThresholds()) {
  const root = makeRoot();
  try {
    const dir = stage(root, program);
    const patchFile = path.join(root, 'finding.patch');
    fs.writeFileSync(patchFile, finding.patch.endsWith('\n') ? finding.patch : `${finding.patch}\n`);
    const check = spawnSync('git', ['apply', '--check', patchFile], { cwd: dir, encoding: 'utf8' });
    if (check.status !== 0) return { status: 'does not apply', detail: check.stderr.trim().split('\n')[0] };
    const apply = spawnSync('git', ['apply', patchFile], { cwd: dir, encoding: 'utf8' });
    if (apply.status !== 0) return { status: 'does not apply', detail: apply.stderr.trim().split('\n')[0] };
    let after;
    const out = path.join(root, `after-${path.basename(profile.path)}`);
    try {
      build(program, dir);
      fs.writeFileSync(out, record(program, dir, profile).bytes);
      after = analyze(out, dir);
    } catch (err) {
      return { status: 'patched program fails', detail: err.message.split('\n')[0], applies: true };
    }
    // The pattern's share is measured the same way in the committed profile and the new one,
    // whether the rule still fires or not:
    // - evidence ending in a library or runtime frame (the client constructor, readFileSync,
    //   Pattern.compile): that frame's inclusive share;
    // - evidence ending in the program's own code (V8 charges `new RegExp`, Intl and `includes`
    //   to the calling line): the share of samples on the lines of that file which hold the
    //   pattern's expression, found in each version of the file (the patch moves or removes it).
    // Only when neither applies are the rule's own findings compared.
    const evidence = finding.stack?.at(-1);
    if (evidence && !inProgram(evidence.file, program)) {
      const before = frameShare(path.join(SET_DIR, program.name, profile.path), evidence.function, evidence.file);
      const afterShare = frameShare(out, evidence.function, evidence.file);
      const removed = before > 0 ? 1 - afterShare / before : 0;
      return { status: removed >= TARGETS.removed ? 'removed' : 'not removed enough', applies: true, before, after: afterShare, removed, measured: `frame ${evidence.function}` };
    }
    const rel = evidence ? programPath(evidence.file, program) : null;
    const exprBefore = rel ? linesWith(path.join(SET_DIR, program.name, rel), pattern.expr) : [];
    if (rel && exprBefore.length > 0) {
      const before = lineShare(path.join(SET_DIR, program.name, profile.path), program, rel, exprBefore);
      const afterShare = lineShare(out, program, rel, linesWith(path.join(dir, rel), pattern.expr));
      const removed = before > 0 ? 1 - afterShare / before : 0;
      return { status: removed >= TARGETS.removed ? 'removed' : 'not removed enough', applies: true, before, after: afterShare, removed, measured: `lines of ${rel} with ${pattern.expr}` };
    }
    const before = finding.impact.share;
    // Another site of the same rule elsewhere in the program is not this pattern.
    const same = after.findings.filter((f) => f.ruleId === finding.ruleId && (!f.location || normalise(f.location.file) === pattern.file));
    if (same.length > 0) {
      const afterShare = same.reduce((sum, f) => sum + f.impact.share, 0);
      const removed = before > 0 ? 1 - afterShare / before : 0;
      return { status: removed >= TARGETS.removed ? 'removed' : 'not removed enough', applies: true, before, after: afterShare, removed };
    }
    const threshold = thresholds.get(finding.ruleId);
    if (threshold === undefined) return { status: 'gone (no threshold known)', applies: true, before, after: null, removed: null };
    const removed = Math.max(0, 1 - threshold / before);
    return { status: removed >= TARGETS.removed ? 'removed' : 'gone, bound too weak', applies: true, before, after: `<${threshold}`, removed, bound: true };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

export function patchTotals(results) {
  const counted = results.filter((r) => r.counted);
  return {
    patchable: counted.length,
    offered: counted.filter((r) => r.status !== 'no patch').length,
    applies: counted.filter((r) => r.applies).length,
    success: counted.filter((r) => r.status === 'removed').length,
    unexpected: results.filter((r) => r.unexpected).length,
  };
}

/** Whether a profile's file name is one of the staged program's own files. */
function inProgram(file, program) {
  return programPath(file, program) !== null;
}

/** The path inside the program of a file name recorded under /…/srv/<name>/, else null. */
function programPath(file, program) {
  const f = String(file).replace(/\\/g, '/');
  const marker = `/srv/${program.name}/`;
  const at = f.indexOf(marker);
  return at < 0 ? null : decodeURIComponent(f.slice(at + marker.length));
}

/** 1-based lines of a file that contain a text; none when the file is absent. */
function linesWith(file, text) {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.includes(text) ? [i + 1] : []));
}

/**
 * Share of the profile's default sample type in samples with a frame executing one of
 * `lines` of the program's file `rel` (any frame of the stack, inlined ones included).
 */
export function lineShare(profilePath, program, rel, lines) {
  const { importProfile } = requireFromRepo('@hotpath/profile');
  const { selectSampleType } = requireFromRepo('@hotpath/analysis');
  const profile = importProfile(fs.readFileSync(profilePath));
  const type = selectSampleType(profile);
  const wanted = new Set(lines);
  const fileOk = profile.functions.map((fn) => programPath(profile.strings[fn.filename], program) === rel);
  const locationOk = new Map();
  for (const loc of profile.locations) {
    locationOk.set(loc.id, loc.lines.some((l) => l.functionId > 0 && fileOk[l.functionId - 1] && wanted.has(l.line)));
  }
  const { samples } = profile;
  const stride = profile.sampleTypes.length;
  let hit = 0;
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const v = samples.values[i * stride + type];
    total += v;
    const j = samples.stack[i];
    const ids = samples.stacks.locations.subarray(samples.stacks.start[j], samples.stacks.start[j + 1]);
    if (ids.some((id) => locationOk.get(id))) hit += v;
  }
  return total === 0 ? 0 : hit / total;
}

/** Share of the profile's default sample type spent in (or under) one function of one file. */
export function frameShare(profilePath, functionName, file) {
  const { importProfile } = requireFromRepo('@hotpath/profile');
  const { CallTree, hotspots, selectSampleType } = requireFromRepo('@hotpath/analysis');
  const profile = importProfile(fs.readFileSync(profilePath));
  const tree = new CallTree(profile, selectSampleType(profile), { granularity: 'function' });
  const row = hotspots(tree, Number.MAX_SAFE_INTEGER).find((h) => h.function === functionName && h.file === file);
  return row ? row.total : 0;
}
