'use strict';

// Weekly conflict-check report: screens every new-matter intake request against the firm's
// party register and writes a report of conflicts and matches that need a partner's review.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRng } = require('./lib/rng');
const { buildRegister, buildIntake } = require('./lib/parties');
const { PartyIndex } = require('./lib/party-index');
const { assessRequest } = require('./lib/assess');
const { writeReport } = require('./lib/report');

function main() {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'conflicts-'));
  try {
    const started = Date.now();
    const rng = createRng(31337);
    const register = buildRegister(rng, 30000);
    const intake = buildIntake(rng, register, 16000);
    const index = new PartyIndex(register);
    const results = intake.map((request) => assessRequest(index, request));
    const counts = writeReport(path.join(workDir, 'out'), results);
    const size = fs.statSync(path.join(workDir, 'out', 'conflict-report.txt')).size;
    console.log(`checked ${intake.length} intake requests against ${register.length} register parties: ` +
      `${JSON.stringify(counts)}; report ${(size / 1024).toFixed(0)} KiB in ${Date.now() - started} ms`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main();
