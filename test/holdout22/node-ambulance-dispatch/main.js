'use strict';

const { createRandom } = require('./lib/random');
const { Gazetteer } = require('./lib/geo');
const { CallGenerator } = require('./lib/calls');
const { MessageBus } = require('./lib/queue');
const { IntakeStage } = require('./lib/intake');
const { TriageStage } = require('./lib/triage');
const { DispatchStage, Fleet } = require('./lib/dispatch');
const { ResponseLedger } = require('./lib/ledger');

const SHIFT_START = Date.UTC(2024, 0, 13, 7, 0, 0);
const TOTAL_CALLS = Number(process.env.CALLS || 19000);
const CHUNK = 200;

async function main() {
  const rand = createRandom(999111);
  const gazetteer = new Gazetteer(rand);
  const bus = new MessageBus({ batchSize: 128 });
  const fleet = new Fleet(rand, SHIFT_START);
  const ledger = new ResponseLedger();

  const intake = new IntakeStage(bus, gazetteer);
  const triage = new TriageStage(bus);
  const dispatch = new DispatchStage(bus, fleet, rand);
  bus.subscribe('call.received', (call) => intake.handle(call));
  bus.subscribe('call.located', (call) => triage.handle(call));
  bus.subscribe('incident.triaged', (incident) => dispatch.handle(incident));
  bus.subscribe('incident.assigned', (incident) => ledger.record(incident));
  bus.subscribe('incident.closed', () => ledger.recordClosed());

  // A control room covering several districts; calls arrive roughly every four minutes
  // so the simulated period spans a few months of demand.
  const calls = new CallGenerator(rand, gazetteer, { startTime: SHIFT_START, meanGapSeconds: 240 });
  let published = 0;
  while (published < TOTAL_CALLS) {
    const n = Math.min(CHUNK, TOTAL_CALLS - published);
    for (let i = 0; i < n; i++) bus.publish('call.received', calls.next());
    published += n;
    await bus.whenIdle();
  }

  const shiftMs = calls.clock - SHIFT_START;
  console.log(`ambulance control: ${published} calls over ${(shiftMs / 3600000).toFixed(1)} h`);
  console.log(`unlocated addresses: ${intake.unlocated}, duplicate callers: ${intake.duplicates}`);
  console.log(ledger.report(fleet, shiftMs));
  const unknown = [...triage.unmatchedTerms].sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log('most common uncoded words: ' + unknown.map(([t, n]) => `${t} (${n})`).join(', '));
  console.log('messages delivered: ' + JSON.stringify(Object.fromEntries(bus.delivered)));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
