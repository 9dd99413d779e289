'use strict';
// CLI-style batch linter for a directory of DNS zone files: parses every
// zone, runs consistency rules and writes a JSON report.
const fs = require('fs/promises');
const os = require('os');
const path = require('path');
const { writeZones } = require('./lib/generate');
const { parseZone } = require('./lib/parse');
const { lintZone } = require('./lib/rules');
const { LintReport } = require('./lib/report');

const ZONES = Number(process.env.ZONES || 900);
const CONCURRENCY = 4;

async function lintFile(file, report) {
  const text = await fs.readFile(file, 'utf8');
  const name = path.basename(file);
  const zone = parseZone(text, name);
  const findings = zone.problems.concat(lintZone(zone, name));
  report.addZone(name, zone.records.length, findings);
}

async function lintDirectory(dir, report) {
  const files = (await fs.readdir(dir)).filter((f) => f.startsWith('db.')).sort().map((f) => path.join(dir, f));
  let next = 0;
  async function worker() {
    while (next < files.length) {
      const file = files[next++];
      await lintFile(file, report);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

async function main() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zone-lint-'));
  try {
    const started = Date.now();
    await writeZones(dir, ZONES, 1312);
    const report = new LintReport();
    await lintDirectory(dir, report);
    await fs.writeFile(path.join(dir, 'report.json'), JSON.stringify(report));
    console.log(report.render());
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
