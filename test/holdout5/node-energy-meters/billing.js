'use strict';
// Nightly smart-meter billing run: parse collector feed, price each half hour,
// aggregate per account, and queue rejected reads for estimation.
const { xorshift, buildTariffs, buildMeters, buildReadingFeed } = require('./fixtures');
const { parseReading, ReadingRejected } = require('./readings');
const { priceHalfHour } = require('./tariffs');
const { AccountLedger } = require('./settlement');

const METERS = Number(process.env.METERS || 700);
const DAYS = Number(process.env.DAYS || 50);

function runBilling(feed, meters, tariffs) {
  const tariffById = new Map(tariffs.map(t => [t.id, t]));
  const ledgers = new Map();
  const estimationQueue = [];
  const unknown = [];
  const seen = new Set();
  let duplicates = 0, checkFailures = 0;
  for (const line of feed) {
    let reading;
    try {
      reading = parseReading(line);
    } catch (err) {
      if (err instanceof ReadingRejected) { estimationQueue.push({ line, reason: err.reason }); continue; }
      throw err;
    }
    const key = `${reading.mpan}|${reading.day}|${reading.hh}`;
    if (seen.has(key)) { duplicates++; continue; }
    seen.add(key);
    if (!reading.checkOk) checkFailures++;
    const meter = meters.find(m => m.mpan === reading.mpan);
    if (!meter) { unknown.push(reading.mpan); continue; }
    const tariff = tariffById.get(meter.tariffId);
    const priced = priceHalfHour(tariff, meter.region, reading);
    let ledger = ledgers.get(meter.accountId);
    if (!ledger) { ledger = new AccountLedger(meter.accountId); ledgers.set(meter.accountId, ledger); }
    ledger.add(reading, priced);
  }
  let estimatedKwh = 0;
  for (const item of estimationQueue) {
    const [mpan, day, hh] = item.line.split(',');
    const meter = meters.find(m => m.mpan === mpan);
    const ledger = meter && ledgers.get(meter.accountId);
    if (ledger) estimatedKwh += ledger.estimate(Number(day), Number(hh));
  }
  const statements = [];
  for (const ledger of ledgers.values()) statements.push(ledger.summary(50));
  return { statements, estimationQueue, unknown, estimatedKwh, duplicates, checkFailures };
}

function main() {
  const rnd = xorshift(0x5eed1e);
  const tariffs = buildTariffs();
  const meters = buildMeters(rnd, METERS, tariffs);
  const feed = buildReadingFeed(rnd, meters, DAYS);
  const { statements, estimationQueue, unknown, estimatedKwh, duplicates, checkFailures } = runBilling(feed, meters, tariffs);
  const revenue = statements.reduce((s, x) => s + x.totalPence, 0);
  const lowLoad = statements.filter(s => s.loadFactor < 0.3).length;
  console.log(`accounts=${statements.length} reads=${feed.length} estimation=${estimationQueue.length} estKwh=${estimatedKwh.toFixed(1)} ` +
    `unknown=${unknown.length} dup=${duplicates} badCheck=${checkFailures} revenue=£${(revenue / 100).toFixed(2)} lowLoadFactor=${lowLoad}`);
}

main();
