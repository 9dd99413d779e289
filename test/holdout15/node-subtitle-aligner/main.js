'use strict';
// Batch job: align a season of translated subtitle deliveries to the studio's
// original cue timing, reflow and QC them, and write WebVTT + SRT + QC CSV.
const fs = require('fs/promises');
const os = require('os');
const path = require('path');
const { writeSeason } = require('./lib/corpus');
const { parseSubRip } = require('./lib/parser');
const { alignTrack } = require('./lib/align');
const { checkTrack } = require('./lib/qc');
const { renderWebVtt, renderSubRip, renderTtml, renderQcReport, renderTimingSheet } = require('./lib/render');

const EPISODES = Number(process.env.EPISODES || 80);
const CUES = Number(process.env.CUES || 1300);

async function processEpisode(job, outDir) {
  const [origText, transText] = await Promise.all([fs.readFile(job.origPath, 'utf8'), fs.readFile(job.transPath, 'utf8')]);
  const original = parseSubRip(origText);
  const translated = parseSubRip(transText);
  const { aligned, model, matched, unmatched } = alignTrack(original, translated);
  const issues = checkTrack(aligned);
  const base = path.join(outDir, job.episode);
  const translatedBySource = new Map(translated.map((c) => [c.index, c]));
  await Promise.all([
    fs.writeFile(`${base}.es.vtt`, renderWebVtt(aligned, `${job.episode} (es)`, translatedBySource)),
    fs.writeFile(`${base}.es.aligned.srt`, renderSubRip(aligned)),
    fs.writeFile(`${base}.es.ttml`, renderTtml(aligned, 'es')),
    fs.writeFile(`${base}.qc.csv`, renderQcReport(job.episode, issues)),
    fs.writeFile(`${base}.timing.csv`, renderTimingSheet(job.episode, aligned, translatedBySource)),
  ]);
  return { episode: job.episode, cues: aligned.length, matched, unmatched, issues: issues.length, drift: model.a, offsetMs: Math.round(model.b) };
}

async function main() {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'subtitle-aligner-'));
  const inDir = path.join(work, 'incoming');
  const outDir = path.join(work, 'aligned');
  await fs.mkdir(inDir);
  await fs.mkdir(outDir);
  try {
    const started = Date.now();
    const jobs = await writeSeason(inDir, { episodes: EPISODES, cuesPerEpisode: CUES, seed: 424242 });
    const results = [];
    for (const job of jobs) results.push(await processEpisode(job, outDir));
    const totals = results.reduce((t, r) => ({ cues: t.cues + r.cues, matched: t.matched + r.matched, issues: t.issues + r.issues }), { cues: 0, matched: 0, issues: 0 });
    console.log(`subtitle-aligner: ${results.length} episodes, ${totals.cues} cues, ${totals.matched} matched, ${totals.issues} QC issues in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    for (const r of results.slice(0, 3)) console.log(`  ${r.episode}: offset ${r.offsetMs} ms, drift ${r.drift.toFixed(5)}, unmatched ${r.unmatched}`);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
