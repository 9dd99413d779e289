'use strict';

// Nightly freight-invoice reconciliation: compares every carrier invoice
// line against our shipment manifest and contracted rate cards, and writes
// a dispute report for the finance team.
const fs = require('fs/promises');
const os = require('os');
const path = require('path');
const { writeEdiDrop } = require('./lib/fixtures');
const { parseCsvLine } = require('./lib/csv');
const { RateBook, buildFuelIndex } = require('./lib/rates');
const { Reconciler } = require('./lib/reconcile');

const SHIPMENTS = Number(process.env.SHIPMENTS || 60000);
const CHUNK = 4000;

const yieldToLoop = () => new Promise((resolve) => setImmediate(resolve));

async function loadManifest(file) {
  const text = await fs.readFile(file, 'utf8');
  const index = new Map();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const s = JSON.parse(line);
    index.set(s.trackingNumber, s);
  }
  return index;
}

async function reconcileCarrier(reconciler, carrier, file) {
  const text = await fs.readFile(file, 'utf8');
  const lines = text.split('\n');
  let processed = 0;
  for (let i = 1; i < lines.length; i += CHUNK) {
    const end = Math.min(lines.length, i + CHUNK);
    for (let j = i; j < end; j++) {
      if (!lines[j]) continue;
      reconciler.reconcileLine(carrier, parseCsvLine(lines[j]));
      processed++;
    }
    await yieldToLoop();
  }
  return processed;
}

function summarise(reconciler) {
  const money = (n) => n.toFixed(2).padStart(12);
  const rows = [];
  for (const t of [...reconciler.totals.values()].sort((a, b) => a.carrier.localeCompare(b.carrier))) {
    rows.push(`${t.carrier.padEnd(12)} lines=${String(t.lines).padStart(6)} billed=${money(t.billed)} expected=${money(t.expected)} over=${money(t.overcharged)}`);
  }
  const byReason = new Map();
  for (const d of reconciler.disputes) {
    const r = byReason.get(d.reason) || { count: 0, amount: 0 };
    r.count++;
    r.amount += d.amount;
    byReason.set(d.reason, r);
  }
  return { rows, byReason };
}

async function main() {
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'freight-recon-'));
  try {
    const t0 = Date.now();
    const { carriers } = await writeEdiDrop(workDir, { shipments: SHIPMENTS, seed: 2024 });
    const rateCards = JSON.parse(await fs.readFile(path.join(workDir, 'rate-cards.json'), 'utf8'));
    const zones = JSON.parse(await fs.readFile(path.join(workDir, 'zones.json'), 'utf8'));
    const remoteAreas = (await fs.readFile(path.join(workDir, 'remote-areas.txt'), 'utf8')).split('\n');
    const manifest = await loadManifest(path.join(workDir, 'manifest.ndjson'));
    console.log(`EDI drop ready: ${manifest.size} shipments, ${rateCards.length} rate cards (${Date.now() - t0} ms)`);

    const reconciler = new Reconciler(new RateBook(rateCards, zones, buildFuelIndex(carriers), remoteAreas), manifest);
    let lines = 0;
    for (const carrier of carriers) {
      lines += await reconcileCarrier(reconciler, carrier, path.join(workDir, `invoice-${carrier}.csv`));
    }

    const { rows, byReason } = summarise(reconciler);
    for (const r of rows) console.log(r);
    for (const [reason, r] of byReason) console.log(`  ${reason.padEnd(24)} ${String(r.count).padStart(6)}  ${r.amount.toFixed(2)}`);
    const top = reconciler.disputes.slice().sort((a, b) => b.amount - a.amount).slice(0, 250);
    const reportFile = path.join(workDir, 'disputes.json');
    await fs.writeFile(reportFile, JSON.stringify({ generatedAt: new Date().toISOString(), top }, null, 2));
    console.log(`reconciled ${lines} invoice lines, ${reconciler.disputes.length} disputes, unparsed dates=${reconciler.unparsedDates}, ${Date.now() - t0} ms`);
  } finally {
    await fs.rm(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
