'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const { writeFeed } = require('./lib/feed');
const { AuditTrail } = require('./lib/audit');
const { DeltaHistory } = require('./lib/verify');
const { StaffDirectory } = require('./lib/redact');
const { BatchQueue } = require('./lib/queue');
const { MessageReader } = require('./lib/lines');
const { ResultProcessor } = require('./lib/processor');
const { ReportWriter, CriticalCallList } = require('./lib/writer');

const SAMPLES = Number(process.env.LAB_SAMPLES || 58000);
const STAFF = [
  'Okafor', 'Lindqvist', 'Brennan', 'Takahashi', 'Moreau', 'Haddad', 'Novak', 'Ferreira', 'Kowalski', 'Nguyen',
  'Abernethy', 'Osei', 'Petrov', 'Castillo', 'Jansen', 'Mwangi', 'Rossi', 'Dubois', 'Kaur', 'Schmidt',
  'Fitzgerald', 'Achebe', 'Sorensen', 'Delacroix', 'Ivanova', 'Mahmoud', 'O\'Brien', 'Van der Berg', 'Yilmaz', 'Costa',
];

async function processFeed(file, processor, writer) {
  const reader = new MessageReader(file);
  let paused = false;
  const queue = new BatchQueue({
    batchSize: 250,
    highWater: 4000,
    lowWater: 500,
    handler: (line) => processor.handle(line),
  });
  queue.onLow = () => {
    writer.flush();
    if (paused) {
      paused = false;
      reader.resume();
    }
  };
  await reader.run((line) => {
    if (!queue.push(line) && !paused) {
      paused = true;
      reader.pause();
    }
  });
  await queue.close();
  return queue.processed;
}

async function main() {
  const started = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-samples-'));
  try {
    const feedFile = path.join(dir, 'chem-middleware-20240611.hl7');
    const { observations } = writeFeed(feedFile, { seed: 424242, samples: SAMPLES, patients: 9000, staff: STAFF });
    console.log(`feed: ${SAMPLES} messages, ${observations} observations, ${(fs.statSync(feedFile).size / 1e6).toFixed(1)} MB`);

    const audit = new AuditTrail();
    const writer = new ReportWriter(path.join(dir, 'reports.ndjson'));
    const criticalLog = new CriticalCallList();
    const processor = new ResultProcessor({
      audit,
      deltas: new DeltaHistory(),
      staff: new StaffDirectory(STAFF),
      writer,
      criticalLog,
    });

    const retention = setInterval(() => audit.trimBefore(processor.clock - 5000), 250);
    const handled = await processFeed(feedFile, processor, writer);
    clearInterval(retention);
    await writer.close();
    fs.writeFileSync(path.join(dir, 'critical-calls.csv'), criticalLog.toCsv());

    const s = processor.stats;
    console.log(`processed ${handled} messages: ${s.samples} samples, ${s.results} results, ${s.notes} notes, ${s.rejected} rejected`);
    console.log(`autoverified ${s.autoverified}, held for review ${s.held}, critical calls ${criticalLog.calls.length}`);
    console.log(`audit entries ${audit.entries.length}; report file ${(fs.statSync(path.join(dir, 'reports.ndjson')).size / 1e6).toFixed(1)} MB`);
    const rows = [...s.byAnalyte.values()].sort((a, b) => b.n - a.n).slice(0, 8);
    for (const t of rows) {
      const mean = t.numeric ? (t.sum / t.numeric).toFixed(2) : '-';
      console.log(`  ${t.code.padEnd(6)} n=${String(t.n).padStart(6)} mean=${mean.padStart(8)} abnormal=${((100 * t.abnormal) / t.n).toFixed(1)}% critical=${t.critical} problems=${t.problems}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(2)}s`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
