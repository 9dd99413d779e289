'use strict';

const { mulberry32 } = require('./rng');
const { encodeReading } = require('./codec');

const TICK_MS = 5 * 60 * 1000;

function createHiveState(hive, rnd) {
  return {
    hive,
    colonyGrams: 22000 + rnd() * 18000,
    nectarRate: 4 + rnd() * 22,
    broodBase: 34.6 + rnd() * 0.8,
    battery: 3470 + rnd() * 600,
    swarmAt: rnd() < 0.04 ? Math.floor(rnd() * 800) : -1,
    queenlessFrom: rnd() < 0.03 ? Math.floor(rnd() * 600) : -1,
    inspectionAt: Math.floor(rnd() * 860),
  };
}

function* uplinkStream(fleet, { ticks, startMs, seed }) {
  const rnd = mulberry32(seed);
  const states = fleet.hives.map((h) => createHiveState(h, rnd));
  for (let t = 0; t < ticks; t++) {
    const ts = startMs + t * TICK_MS;
    const hourOfDay = (t * 5 / 60) % 24;
    const daylight = hourOfDay > 6 && hourOfDay < 20;
    const ambientC = 9 + 8 * Math.sin(((hourOfDay - 9) / 24) * 2 * Math.PI) + (rnd() - 0.5);
    for (const s of states) {
      if (daylight) s.colonyGrams += s.nectarRate * (ambientC > 12 ? 1 : 0.2) + (rnd() - 0.5) * 6;
      else s.colonyGrams -= 0.6 + rnd() * 0.4;
      if (t === s.swarmAt) s.colonyGrams -= 1800 + rnd() * 900;
      const inspecting = t >= s.inspectionAt && t < s.inspectionAt + 3;
      const queenless = s.queenlessFrom >= 0 && t >= s.queenlessFrom;
      s.battery -= 0.05 + rnd() * 0.05;
      if (rnd() < 0.003) continue; // dropped uplink
      const reading = {
        grossGrams: s.hive.tareGrams + s.colonyGrams + (inspecting ? -4000 : 0),
        broodC: (queenless ? s.broodBase - 2.2 : s.broodBase) + (rnd() - 0.5) * 0.3 + (ambientC < 5 ? -0.4 : 0),
        humidity: 55 + rnd() * 15,
        acousticHz: queenless ? 420 + rnd() * 60 : 230 + rnd() * 50,
        batteryMv: s.battery,
        ambientC,
        lidOpen: inspecting,
        scaleFault: rnd() < 0.0005,
      };
      yield {
        devEui: s.hive.devEui,
        fPort: 2,
        receivedAt: new Date(ts + Math.floor(rnd() * 20000)).toISOString(),
        rssi: -70 - Math.floor(rnd() * 50),
        snr: Math.round((rnd() * 15 - 5) * 10) / 10,
        payload: encodeReading(reading),
      };
    }
  }
}

module.exports = { uplinkStream, TICK_MS };
