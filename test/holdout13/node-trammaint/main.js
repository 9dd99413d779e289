'use strict';
// Tram depot maintenance planner: simulates several years of fleet operation, raising
// and scheduling preventive work orders, then prints a KPI report per year.
const { rng, buildFleet, COMPONENTS } = require('./fleet');
const { DepotPlanner } = require('./planner');

const TRAMS = Number(process.env.TRAMS || 9000);
const YEARS = Number(process.env.YEARS || 20);
const rand = rng(77);
const fleet = buildFleet(TRAMS, rand);
const planner = new DepotPlanner(fleet, rand);
const km = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

const t0 = Date.now();
for (let year = 1; year <= YEARS; year++) {
  let availSum = 0;
  const before = { ...planner.stats, hoursByBay: { ...planner.stats.hoursByBay } };
  for (let d = 0; d < 365; d++) {
    planner.runDay((year - 1) * 365 + d);
    availSum += planner.availability();
  }
  const s = planner.stats;
  const done = s.done - before.done;
  console.log(`year ${year}: km ${km.format(s.kmRun - before.kmRun)}, work orders ${done}, failures ${s.failures - before.failures}, ` +
    `avg delay ${((s.delayDays - before.delayDays) / Math.max(1, done)).toFixed(2)} d, availability ${pct.format(availSum / 365)}`);
  for (const bay of Object.keys(s.hoursByBay)) {
    console.log(`   ${bay.padEnd(8)} ${km.format(s.hoursByBay[bay] - before.hoursByBay[bay])} h`);
  }
}
const worst = fleet.trams.slice().sort((a, b) => b.odometer - a.odometer).slice(0, 3);
console.log('highest mileage:', worst.map((t) => `${t.id} (${km.format(t.odometer)} km)`).join(', '));
console.log(`components tracked: ${fleet.trams.length * COMPONENTS.length}, backlog ${planner.backlogSize()}, ${Date.now() - t0} ms`);
