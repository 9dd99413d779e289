'use strict';
// Monthly roster builder: assigns crew to duties and publishes each roster.
const { mulberry32, buildCrew, buildDuties } = require('./data');
const { endorsedFor, rested, withinMonthlyCap } = require('./qualifications');
const { rosterLine } = require('./payslip');
const { CrewPortalClient } = require('./crewPortal');
const { fatigueProfile } = require('./fatigue');

const CREW_COUNT = Number(process.env.CREW_COUNT || 900);
const DUTY_COUNT = Number(process.env.DUTY_COUNT || 4000);

function assign(crew, duties) {
  const byBase = new Map();
  for (const m of crew) {
    if (!byBase.has(m.base)) byBase.set(m.base, []);
    byBase.get(m.base).push(m);
  }
  const lastEnd = new Map();
  const assignments = new Map();
  const sorted = duties.slice().sort((a, b) => (a.day - b.day) || (a.startMin - b.startMin));
  let unfilled = 0;
  for (const duty of sorted) {
    const need = { ...duty.needs };
    const pool = byBase.get(duty.origin) || [];
    const chosen = [];
    for (const member of pool) {
      if (!need[member.rank] && !(member.rank === 'SFO' && need.FO)) continue;
      if (!rested(member, duty, lastEnd)) continue;
      if (!withinMonthlyCap(member, duty)) continue;
      if (!endorsedFor(member, duty)) continue;
      const slot = need[member.rank] ? member.rank : 'FO';
      need[slot]--;
      chosen.push(member);
      if (Object.values(need).every(v => v <= 0)) break;
    }
    if (Object.values(need).some(v => v > 0)) unfilled++;
    for (const m of chosen) {
      m.hoursThisMonth += duty.blockMinutes / 60;
      lastEnd.set(m.employeeId, duty.day * 1440 + duty.startMin + duty.blockMinutes + 45);
      if (!assignments.has(m.employeeId)) assignments.set(m.employeeId, []);
      assignments.get(m.employeeId).push(duty);
    }
  }
  return { assignments, unfilled };
}

async function publish(crew, assignments) {
  let lines = 0;
  let total = 0;
  for (const member of crew) {
    const duties = assignments.get(member.employeeId) || [];
    const rendered = duties.map(d => rosterLine(member, d));
    const fatigue = fatigueProfile(duties);
    if (fatigue.exposure > 400) rendered.push({ dutyId: 'FRMS', text: `fatigue review ${fatigue.peak}`, pay: 0 });
    lines += rendered.length;
    total += rendered.reduce((s, l) => s + l.pay, 0);
    const portal = new CrewPortalClient({ apiKey: 'roster-batch' });
    await portal.publishRoster(member.employeeId, rendered);
  }
  return { lines, total };
}

async function main() {
  const rnd = mulberry32(20260412);
  let unfilledTotal = 0, linesTotal = 0, payTotal = 0;
  for (let month = 0; month < 3; month++) {
    const crew = buildCrew(rnd, CREW_COUNT);
    const duties = buildDuties(rnd, DUTY_COUNT);
    const { assignments, unfilled } = assign(crew, duties);
    const { lines, total } = await publish(crew, assignments);
    unfilledTotal += unfilled; linesTotal += lines; payTotal += total;
  }
  console.log(`rosters published: lines=${linesTotal} unfilled=${unfilledTotal} pay=${payTotal.toFixed(2)}`);
}

main().catch(err => { console.error(err); process.exit(1); });
