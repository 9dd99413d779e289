'use strict';
// Month-end boiler servicing ledger: reconciles service visits against the
// appliance register and Gas Safe engineer list, flags follow-ups and writes
// the compliance report.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildExports } = require('./lib/fixtures');
const { parseCsv } = require('./lib/csv');
const { AuditLogger } = require('./lib/logger');
const { attachEngineers, reconcileVisits, latestVisitByAppliance, overdueAppliances, summarise } = require('./lib/reconcile');

const SIZES = { engineers: Number(process.env.LEDGER_ENGINEERS || 6000), appliances: 60000, visits: Number(process.env.LEDGER_VISITS || 180000) };

function renderReport(summary, overdue, exceptions) {
  const out = ['# Boiler servicing compliance report', '', 'region,visits,investigate,incomplete,dangerous,mean_co_ppm,top_make'];
  for (const [region, s] of [...summary.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const topMake = [...s.makes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    out.push([region, s.visits, s.investigate, s.incomplete, s.dangerous, s.coN ? (s.coSum / s.coN).toFixed(1) : '', topMake].join(','));
  }
  out.push('', `overdue appliances: ${overdue.length}`);
  for (const o of overdue.slice(0, 200)) out.push(`${o.applianceId},${o.propertyRef},${o.lastService || 'never'}`);
  out.push('', `exceptions: ${exceptions.length}`);
  for (const e of exceptions) out.push(`${e.visitId},${e.applianceId},${e.problems.join('|')}`);
  return out.join('\n') + '\n';
}

async function main() {
  const started = Date.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'boiler-ledger-'));
  try {
    const exportsText = buildExports(4242, SIZES);
    const engineers = parseCsv(exportsText.engineers);
    const appliances = parseCsv(exportsText.appliances);
    const visits = parseCsv(exportsText.visits);
    const appliancesById = new Map(appliances.map((a) => [a.appliance_id, a]));
    const log = new AuditLogger(path.join(workDir, 'reconcile-audit.jsonl'), 'info');

    const unmatched = attachEngineers(visits, engineers);
    const { results, exceptions } = reconcileVisits(visits, appliancesById, log);
    const latest = latestVisitByAppliance(results);
    const overdue = overdueAppliances(appliances, latest, '2025-01');
    const summary = summarise(results);
    const report = renderReport(summary, overdue, exceptions);
    const reportPath = path.join(workDir, 'compliance-2024-12.csv');
    await fs.promises.writeFile(reportPath, report);
    await log.close();
    const auditBytes = fs.statSync(path.join(workDir, 'reconcile-audit.jsonl')).size;
    console.log(`boiler-service-ledger: ${visits.length} visits, ${appliances.length} appliances, ${engineers.length} engineers, ${unmatched} visits by unregistered engineers`);
    console.log(`exceptions ${exceptions.length}, overdue ${overdue.length}, report ${report.length} bytes, audit ${log.lines} lines / ${auditBytes} bytes, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
