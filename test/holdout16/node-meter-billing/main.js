'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const { makeRng } = require('./lib/rng');
const { createMembers } = require('./lib/members');
const { writeMonth } = require('./lib/mdm-export');
const { readMeters } = require('./lib/flow-reader');
const { toSeries, applyVee, averageDayProfile, byDay } = require('./lib/intervals');
const { rateDay, buildInvoice } = require('./lib/billing');
const { createLedgerServer } = require('./lib/ledger-server');
const { LedgerClient, inBatches } = require('./lib/ledger-client');

const MEMBERS = Number(process.env.BILLING_MEMBERS || 380);
const PERIOD = { year: 2024, month: 10 };

function invoiceCsv(invoices) {
  const head = 'invoice_no,member_no,mpan,tariff,days,import_kwh,export_kwh,energy_p,standing_p,vat_p,export_credit_p,total_p';
  const rows = invoices.map((i) => [i.invoiceNo, i.memberNo, i.mpan, i.tariff, i.days, i.importKwh, i.exportKwh, i.energyPence, i.standingPence, i.vatPence, i.exportCreditPence, i.totalPence].join(','));
  return [head, ...rows].join('\n') + '\n';
}

async function main() {
  const t0 = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meter-billing-'));
  const ledger = createLedgerServer();
  try {
    const rng = makeRng(8675309);
    const members = createMembers(rng, MEMBERS);
    const byMpan = new Map(members.map((m) => [m.mpan, m]));
    const flowFile = path.join(dir, `HH_${PERIOD.year}${String(PERIOD.month).padStart(2, '0')}.csv`);
    const { rows, days } = writeMonth(flowFile, members, { ...PERIOD, rng });
    console.log(`meter data: ${members.length} meters, ${days} days, ${rows} rows (${(fs.statSync(flowFile).size / 1e6).toFixed(1)} MB)`);

    await new Promise((resolve) => ledger.server.listen(0, '127.0.0.1', resolve));
    const client = new LedgerClient({ host: '127.0.0.1', port: ledger.server.address().port });
    const period = `${PERIOD.year}-${String(PERIOD.month).padStart(2, '0')}`;

    const invoices = [];
    let estimated = 0;
    for await (const { mpan, rows: meterRows } of readMeters(flowFile)) {
      const member = byMpan.get(mpan);
      if (!member) continue;
      const series = applyVee(toSeries(meterRows));
      const dayRecords = [];
      for (const [date, points] of byDay(series)) dayRecords.push(rateDay(member, date, points));
      // Import and export are settled against separate MPANs.
      const submissions = [];
      for (const d of dayRecords) {
        submissions.push({ mpan: d.mpan, date: d.date, direction: 'import', importKwh: d.importKwh, estimatedSlots: d.estimatedSlots, tariff: d.tariff });
        if (member.exportMpan) {
          submissions.push({ mpan: member.exportMpan, date: d.date, direction: 'export', importKwh: 0, exportKwh: d.exportKwh, estimatedSlots: 0, tariff: d.tariff });
        }
      }
      await inBatches(submissions, 6, (rec) => client.submitDaily(rec));
      for (const d of dayRecords) estimated += d.estimatedSlots;
      const invoice = buildInvoice(member, period, dayRecords);
      invoice.profile = averageDayProfile(series, member.hasSolar);
      const ack = await client.submitInvoice(invoice);
      invoice.journalId = ack.journalId;
      invoices.push(invoice);
    }

    fs.writeFileSync(path.join(dir, `invoices-${period}.csv`), invoiceCsv(invoices));
    const total = invoices.reduce((s, i) => s + i.totalPence, 0);
    const credit = invoices.reduce((s, i) => s + i.exportCreditPence, 0);
    const kwh = invoices.reduce((s, i) => s + i.importKwh, 0);
    console.log(`billed ${invoices.length} members for ${period}: ${Math.round(kwh)} kWh imported, export credit £${(credit / 100).toFixed(2)}, total £${(total / 100).toFixed(2)}`);
    console.log(`estimated slots ${estimated}; ledger calls ${client.calls}; settlement records ${ledger.settlement.size}; journal entries ${ledger.journal.length}`);
    const byTariff = new Map();
    for (const i of invoices) byTariff.set(i.tariff, (byTariff.get(i.tariff) || 0) + 1);
    console.log(`by tariff ${JSON.stringify(Object.fromEntries(byTariff))}`);
  } finally {
    await new Promise((resolve) => ledger.server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`billing run finished in ${((Date.now() - t0) / 1000).toFixed(2)}s`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
