'use strict';

const util = require('util');
const { parseGatewayLine } = require('./parse');
const { baume, crystallisationState, evaporationMm } = require('./brine');

function parseStage(line) {
  return parseGatewayLine(line);
}

function brineStage(reading) {
  const be = baume(reading.density);
  reading.baume = Math.round(be * 100) / 100;
  reading.state = crystallisationState(be);
  reading.evaporationMm = evaporationMm(reading.temp, reading.wind, reading.depth);
  reading.flags = [];
  if (reading.battery < 3.45) reading.flags.push('battery-low');
  if (reading.depth < 0.02) reading.flags.push('pan-drying');
  return reading;
}

function robustSpread(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1];
  let absDev = 0;
  for (const v of sorted) absDev += Math.abs(v - median);
  return { median, mad: absDev / sorted.length };
}

function createPondLedgerStage(ledger, log) {
  return function pondLedgerStage(reading) {
    let pond = ledger.get(reading.pond);
    if (!pond) {
      pond = { pond: reading.pond, stage: reading.stage, count: 0, window: [], evaporated: 0, lastBaume: 0, transitions: [] };
      ledger.set(reading.pond, pond);
    }
    const { at, baume: be, state, evaporationMm: evap, flags } = reading;
    log.debug(`ledger update pond=${pond.pond} ${util.inspect({ at, be, state, evap, flags, count: pond.count, window: pond.window.length })}`);
    pond.count++;
    pond.evaporated += reading.evaporationMm / 96;
    pond.window.push(reading.baume);
    if (pond.window.length > 48) pond.window.shift();
    const spread = robustSpread(pond.window);
    if (spread.mad > 0 && Math.abs(reading.baume - spread.median) / (1.4826 * spread.mad) > 4) {
      pond.anomalies = (pond.anomalies || 0) + 1;
    }
    const prevState = crystallisationState(pond.lastBaume);
    if (pond.lastBaume && prevState !== reading.state) {
      pond.transitions.push({ at: reading.at, from: prevState, to: reading.state });
      log.info(`pond ${reading.pond} entered ${reading.state} at ${reading.baume} Be`);
    }
    pond.lastBaume = reading.baume;
    return reading;
  };
}

module.exports = { parseStage, brineStage, createPondLedgerStage };
