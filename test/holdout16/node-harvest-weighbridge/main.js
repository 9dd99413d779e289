'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const readline = require('readline');

const { createPrng } = require('./lib/prng');
const { writeTicketLog, HEADER } = require('./lib/ticket-log');
const { parseTicket } = require('./lib/ticket-parser');
const { assess } = require('./lib/grading');
const { SettlementBook } = require('./lib/settlement');
const { Silos } = require('./lib/silos');
const { statementText, dayLabel, money, tonnes } = require('./lib/format');
const { writeArchive, countArchiveLines } = require('./lib/archive');

const TICKETS = Number(process.env.WEIGHBRIDGE_TICKETS || 950000);
const GROWERS = 2600;

async function intake(file, book, silos) {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  const counts = { lines: 0, parsed: 0, malformed: 0 };
  const malformedReasons = new Map();
  for await (const line of rl) {
    if (line === HEADER || !line) continue;
    counts.lines++;
    const r = parseTicket(line);
    if (r.reject) {
      counts.malformed++;
      const reason = r.reject.split(' "')[0];
      malformedReasons.set(reason, (malformedReasons.get(reason) || 0) + 1);
      continue;
    }
    counts.parsed++;
    const result = assess(r.ticket);
    if (result.accepted) result.bin = silos.allocate(result);
    book.add(result);
  }
  return { counts, malformedReasons };
}

async function main() {
  const started = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weighbridge-'));
  try {
    const logFile = path.join(dir, 'weighbridge-2024.csv');
    writeTicketLog(logFile, { rng: createPrng(2024), growers: GROWERS, tickets: TICKETS });
    console.log(`ticket log: ${TICKETS} tickets, ${(fs.statSync(logFile).size / 1e6).toFixed(1)} MB`);

    const book = new SettlementBook(crypto.createHash('sha256').update('harvest-2024-statement-key').digest());
    const silos = new Silos();
    const { counts, malformedReasons } = await intake(logFile, book, silos);
    console.log(`intake: ${counts.parsed} tickets valued, ${counts.malformed} malformed lines ${JSON.stringify(Object.fromEntries(malformedReasons))}`);

    const issuedAt = '2024-10-01T09:00:00Z';
    const statements = [];
    for (const grower of [...book.growers.keys()].sort()) statements.push(book.statement(grower, issuedAt));
    const archive = path.join(dir, 'statements-2024.jsonl.gz');
    const sha = await writeArchive(archive, statements);
    const archived = await countArchiveLines(archive);
    fs.writeFileSync(path.join(dir, 'statements.txt'), statements.map((s) => statementText(s.body)).join('\n\n'));
    console.log(`statements: ${statements.length} signed, archive ${archived} lines, sha256 ${sha.slice(0, 16)}…`);

    const totalValue = statements.reduce((s, x) => s + x.body.valuePence, 0);
    const totalDry = statements.reduce((s, x) => s + x.body.dryKg, 0);
    console.log(`season: ${tonnes.format(totalDry / 1000)} t dried weight, ${money.format(totalValue / 100)} payable, ${book.rejections.length} loads rejected at intake`);
    for (const s of silos.summary()) console.log(`site ${s.site}: ${s.bins} bins (${s.closed} full), ${tonnes.format(s.tonnes)} t in store`);
    const reasons = new Map();
    for (const r of book.rejections) reasons.set(r.reason, (reasons.get(r.reason) || 0) + 1);
    console.log(`rejections: ${JSON.stringify(Object.fromEntries(reasons))}`);
    const busiest = [...book.byDay.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log(`busiest days: ${busiest.map(([d, kg]) => `${dayLabel(d)} ${tonnes.format(kg / 1000)} t`).join('; ')}`);
    const top = [...book.fields.values()].sort((a, b) => b.dryKg - a.dryKg).slice(0, 3);
    console.log(`top fields: ${top.map((f) => `${f.field} (${f.grower}, ${f.crop}) ${tonnes.format(f.dryKg / 1000)} t`).join('; ')}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(2)}s`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
