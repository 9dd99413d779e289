'use strict';

// Batch screening run: reads application exports, merges repeat applicants,
// scores them against open requisitions and writes a shortlist CSV per requisition.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRng } = require('./lib/rng');
const { writeCorpus } = require('./lib/corpus');
const { parseApplication } = require('./lib/resume');
const { consolidate, rankForRequisitions } = require('./lib/screening');
const { writeShortlists } = require('./lib/report');

function parseArgs(argv) {
  const opts = { applicants: 11000, requisitions: 40, shortlist: 25, seed: 4242 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (key in opts) opts[key] = Number(argv[i + 1]);
  }
  return opts;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'screening-'));
  try {
    const started = Date.now();
    const files = writeCorpus(path.join(workDir, 'in'), createRng(opts.seed), {
      applicants: opts.applicants, perFile: 500, requisitions: opts.requisitions,
    });
    const requisitions = JSON.parse(fs.readFileSync(path.join(workDir, 'in', 'requisitions.json'), 'utf8'));
    const referenceMonth = 2024 * 12 + 5;
    const applications = [];
    for (const file of files) {
      for (const block of fs.readFileSync(file, 'utf8').split('\n====\n')) {
        applications.push(parseApplication(block, referenceMonth));
      }
    }
    const candidates = consolidate(applications);
    const ranked = rankForRequisitions(candidates, requisitions);
    const summary = writeShortlists(path.join(workDir, 'out'), ranked, opts.shortlist);
    const qualified = summary.reduce((s, r) => s + r.qualified, 0);
    console.log(`screened ${applications.length} applications from ${candidates.length} candidates for ` +
      `${summary.length} requisitions; ${qualified} meet minimum; ${Date.now() - started} ms`);
    for (const r of summary.slice(0, 3)) console.log(`  ${r.id} ${r.title}: ${r.applicants} applicants, top ${r.top}`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main();
