'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildDonors, donationStream } = require('./lib/donations');
const { Stage } = require('./lib/stage');
const { createHandlers } = require('./lib/stages');
const { writeClaimFile } = require('./lib/claimfile');

function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'giftaid-'));
  try {
    const donors = buildDonors(40000);
    const donorsById = new Map(donors.map((d) => [d.id, d]));
    const logSink = [];
    const batches = new Map();
    batches.completed = [];
    const h = createHandlers(donorsById, logSink, batches);

    const eligibility = new Stage('eligibility', h.checkEligibility);
    const relief = new Stage('relief', h.calculateRelief);
    eligibility.pipe(relief);

    const stages = [eligibility, relief];
    let buffered = 0;
    for (const donation of donationStream(donors, 500000)) {
      eligibility.inbox.push(donation);
      if (++buffered === 2000) {
        for (const s of stages) s.drain();
        h.batchClaims();
        buffered = 0;
      }
    }
    for (const s of stages) s.drain();
    h.batchClaims();

    let files = 0;
    let claimed = 0;
    for (const batch of batches.completed) {
      const out = writeClaimFile(work, 'XR12345', batch);
      files++;
      claimed += out.total;
    }
    h.log.info('pipeline finished: %d eligible, %d GASDS, %d ineligible', h.totals.eligible, h.totals.gasds, h.totals.ineligible);
    console.log(logSink[logSink.length - 1]);
    console.log(`claim files ${files}, donations claimed GBP ${claimed.toFixed(2)}, relief GBP ${h.totals.relief.toFixed(2)}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
