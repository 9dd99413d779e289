'use strict';
const { readCombustion, combustionVerdict } = require('./readings');

function attachEngineers(visits, engineers) {
  let unmatched = 0;
  for (const visit of visits) {
    visit.engineer = engineers.find((e) => e.gas_safe_id === visit.gas_safe_id) || null;
    if (!visit.engineer) unmatched++;
  }
  return unmatched;
}

function monthsBetween(a, b) {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

function reconcileVisits(visits, appliancesById, log) {
  const results = [];
  const exceptions = [];
  for (const visit of visits) {
    const appliance = appliancesById.get(visit.appliance_id);
    const engineer = visit.engineer;
    const reading = readCombustion(visit);
    const verdict = combustionVerdict(reading, appliance ? appliance.fuel : 'natural-gas');
    const problems = [];
    if (!engineer) problems.push('engineer-not-registered');
    else if (engineer.registered_until < visit.visit_date) problems.push('registration-lapsed');
    if (!appliance) problems.push('unknown-appliance');
    if (verdict === 'investigate' && visit.outcome === 'pass') problems.push('pass-with-poor-combustion');
    if (visit.outcome === 'immediately-dangerous') problems.push('id-notice-followup');
    const row = {
      visitId: visit.visit_id,
      applianceId: visit.appliance_id,
      propertyRef: appliance ? appliance.property_ref : null,
      region: engineer ? engineer.region : 'unassigned',
      make: appliance ? appliance.make : 'unknown',
      ageYears: appliance ? 2024 - Number(appliance.installed.slice(0, 4)) : null,
      date: visit.visit_date,
      outcome: visit.outcome,
      verdict,
      reading,
      problems,
    };
    results.push(row);
    if (problems.length) {
      exceptions.push(row);
      log.warn('visit needs follow-up', { visit: row.visitId, appliance: row.applianceId, verdict, problems });
    } else if (visit.outcome !== 'pass' || verdict !== 'ok') {
      log.info('visit reconciled', { visit: row.visitId, appliance: row.applianceId, outcome: visit.outcome, verdict });
    }
  }
  return { results, exceptions };
}

function latestVisitByAppliance(results) {
  const latest = new Map();
  for (const r of results) {
    const prev = latest.get(r.applianceId);
    if (!prev || prev.date < r.date) latest.set(r.applianceId, r);
  }
  return latest;
}

function overdueAppliances(appliances, latest, asOf) {
  const overdue = [];
  for (const a of appliances) {
    const last = latest.get(a.appliance_id);
    if (!last || monthsBetween(last.date, asOf) >= 12) overdue.push({ applianceId: a.appliance_id, propertyRef: a.property_ref, lastService: last ? last.date : null });
  }
  overdue.sort((x, y) => (x.lastService || '').localeCompare(y.lastService || '') || x.applianceId.localeCompare(y.applianceId));
  return overdue;
}

function summarise(results) {
  const byRegion = new Map();
  for (const r of results) {
    let s = byRegion.get(r.region);
    if (!s) {
      s = { visits: 0, investigate: 0, incomplete: 0, dangerous: 0, coSum: 0, coN: 0, makes: new Map() };
      byRegion.set(r.region, s);
    }
    s.visits++;
    if (r.verdict === 'investigate') s.investigate++;
    if (r.verdict === 'incomplete') s.incomplete++;
    if (r.outcome === 'immediately-dangerous') s.dangerous++;
    if (r.reading.coPpm !== null) {
      s.coSum += r.reading.coPpm;
      s.coN++;
    }
    s.makes.set(r.make, (s.makes.get(r.make) || 0) + 1);
  }
  return byRegion;
}

module.exports = { attachEngineers, reconcileVisits, latestVisitByAppliance, overdueAppliances, summarise };
