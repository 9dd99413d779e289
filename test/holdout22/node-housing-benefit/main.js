'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { once } = require('events');
const { createRandom } = require('./lib/random');
const { writeClaimExtract } = require('./lib/generate');
const { parseCsv } = require('./lib/csv');
const { assessClaim } = require('./lib/assess');
const { renderNotice } = require('./lib/statement');
const { CaseloadReport } = require('./lib/report');

function parseArgs(argv) {
  const opts = { claims: 48000 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--claims') opts.claims = Number(argv[++i]);
  }
  return opts;
}

function toClaim(row) {
  return {
    ref: row.ref,
    benefitYear: Number(row.benefitYear),
    ward: row.ward,
    landlord: row.landlord,
    capital: Number(row.capital),
    weeklyRent: Number(row.weeklyRent),
    serviceCharges: Number(row.serviceCharges),
    previousAward: Number(row.previousAward),
    nonDependants: row.nonDependants ? row.nonDependants.split(';').map(Number) : [],
    household: {
      claimantAge: Number(row.claimantAge),
      couple: row.partnerAge !== '',
      children: Number(row.children),
      disabledChildren: Number(row.disabledChildren),
      disability: row.disability === 'Y',
      carer: row.carer === 'Y',
    },
  };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hb-batch-'));
  try {
    const rand = createRandom(2024_04_01);
    const { claimsPath, incomesPath } = writeClaimExtract(workDir, rand, opts.claims);

    const claims = parseCsv(fs.readFileSync(claimsPath, 'utf8')).map(toClaim);
    const incomesByRef = new Map();
    for (const row of parseCsv(fs.readFileSync(incomesPath, 'utf8'))) {
      if (!incomesByRef.has(row.ref)) incomesByRef.set(row.ref, []);
      incomesByRef.get(row.ref).push({ person: row.person, kind: row.kind, amount: Number(row.amount), frequency: row.frequency });
    }

    const notices = fs.createWriteStream(path.join(workDir, 'notices.txt'));
    const report = new CaseloadReport();
    let written = 0;
    let batch = [];
    for (const claim of claims) {
      const assessment = assessClaim(claim, incomesByRef.get(claim.ref) || []);
      report.add(assessment);
      batch.push(renderNotice(assessment, claim));
      written += 1;
      if (batch.length === 250) {
        const ok = notices.write(`${batch.join('\n\f\n')}\n\f\n`);
        batch = [];
        if (!ok) await once(notices, 'drain');
      }
    }
    if (batch.length) notices.write(`${batch.join('\n\f\n')}\n\f\n`);
    notices.end();
    await once(notices, 'finish');

    const summary = report.render();
    fs.writeFileSync(path.join(workDir, 'caseload-report.txt'), `${summary}\n`);
    const size = fs.statSync(path.join(workDir, 'notices.txt')).size;
    console.log(`housing benefit batch: ${claims.length} claims assessed, ${written} notices (${(size / 1048576).toFixed(1)} MiB)`);
    console.log(summary);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
