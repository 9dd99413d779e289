'use strict';

const fs = require('fs');
const zlib = require('zlib');
const crypto = require('crypto');
const { pipeline } = require('stream/promises');
const { SPECIES } = require('./species');

const pct = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const count = new Intl.NumberFormat('en-GB');
const years = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const dateFmt = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: '2-digit', timeZone: 'UTC' });
const SPECIES_NAME = new Map(SPECIES.map((s) => [s.code, s.name]));

function csvEscape(value) {
  const s = String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function writeAccessionCsv(file, results) {
  const out = fs.createWriteStream(file);
  const header = 'accession,species,site,tests,last_tested,last_viability,ci_low,ci_high,ki,sigma_days,regenerate_by,dormancy_flag\n';
  const rows = [header];
  for (const r of results) {
    rows.push([
      r.id, r.species, csvEscape(r.site), r.tests, new Date(r.lastTested).toISOString().slice(0, 10),
      r.lastViability.toFixed(4), r.ci[0].toFixed(4), r.ci[1].toFixed(4), r.ki.toFixed(3),
      Number.isFinite(r.sigma) ? r.sigma.toFixed(1) : '', r.regenerateBy ? new Date(r.regenerateBy).toISOString().slice(0, 10) : '',
      r.dormancyFlag ? 1 : 0,
    ].join(','));
    rows.push('\n');
    if (rows.length > 8192) {
      if (!out.write(rows.join(''))) await new Promise((resolve) => out.once('drain', resolve));
      rows.length = 0;
    }
  }
  out.write(rows.join(''));
  await new Promise((resolve, reject) => out.end((err) => (err ? reject(err) : resolve())));
}

function speciesTable(summaries) {
  const lines = ['Species                      Accessions  Median viab.  sigma (years)  95% CI (years)     Dormancy flags'];
  for (const s of summaries) {
    const ci = s.sigmaCi.map((d) => (Number.isFinite(d) ? years.format(d / 365.25) : '∞')).join('–');
    lines.push([
      SPECIES_NAME.get(s.species).padEnd(28),
      count.format(s.accessions).padStart(10),
      pct.format(s.medianViability).padStart(13),
      (Number.isFinite(s.sigmaDays) ? years.format(s.sigmaDays / 365.25) : '∞').padStart(14),
      ci.padStart(16),
      count.format(s.dormancyFlags).padStart(16),
    ].join('  '));
  }
  return lines.join('\n');
}

function regenerationList(results, asOf, limit) {
  const due = results.filter((r) => r.regenerateBy !== null && r.regenerateBy <= asOf).sort((a, b) => a.regenerateBy - b.regenerateBy);
  const lines = [`Accessions due for regeneration by ${dateFmt.format(asOf)}: ${count.format(due.length)}`];
  for (const r of due.slice(0, limit)) {
    lines.push(`  ${r.id}  ${SPECIES_NAME.get(r.species).padEnd(24)} due ${dateFmt.format(r.regenerateBy)}  last ${pct.format(r.lastViability)} (${dateFmt.format(r.lastTested)})`);
  }
  return { text: lines.join('\n'), due: due.length };
}

async function gzipFile(src, dest) {
  await pipeline(fs.createReadStream(src), zlib.createGzip({ level: 6 }), fs.createWriteStream(dest));
}

async function sha256File(file) {
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

module.exports = { writeAccessionCsv, speciesTable, regenerationList, gzipFile, sha256File };
