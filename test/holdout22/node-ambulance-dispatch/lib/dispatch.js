'use strict';

const { haversineKm, TOWNS } = require('./geo');

const ROAD_FACTOR = 1.35;
const MINUTE = 60000;

const HOSPITALS = [
  { name: 'Derriford Hospital', lat: 50.416, lon: -4.114 },
  { name: 'Torbay Hospital', lat: 50.479, lon: -3.545 },
  { name: 'Royal Devon and Exeter', lat: 50.717, lon: -3.506 },
  { name: 'North Devon District', lat: 51.092, lon: -4.051 },
];

class Fleet {
  constructor(rand, startTime) {
    this.units = [];
    let n = 0;
    for (const town of TOWNS) {
      const count = rand.int(2, 4);
      for (let i = 0; i < count; i++) {
        n += 1;
        const kind = rand.chance(0.2) ? 'RRV' : rand.chance(0.7) ? 'DCA-paramedic' : 'DCA-technician';
        this.units.push({
          callSign: `${kind === 'RRV' ? 'R' : 'A'}${String(n).padStart(3, '0')}`,
          kind,
          base: { lat: town.lat, lon: town.lon, name: town.name },
          position: { lat: town.lat, lon: town.lon },
          freeAt: startTime,
          jobs: 0,
          busyMs: 0,
        });
      }
    }
  }
}

function canAttend(unit, category) {
  if (category === 1) return unit.kind !== 'DCA-technician';
  if (category === 4) return unit.kind !== 'RRV';
  return true;
}

function nearestHospital(point) {
  let best = null;
  let bestKm = Infinity;
  for (const h of HOSPITALS) {
    const km = haversineKm(point, h);
    if (km < bestKm) {
      bestKm = km;
      best = h;
    }
  }
  return { hospital: best, km: bestKm };
}

function travelMinutes(km, category) {
  const speed = category <= 2 ? 62 : 48;
  return (km * ROAD_FACTOR * 60) / speed;
}

class DispatchStage {
  constructor(bus, fleet, rand) {
    this.bus = bus;
    this.fleet = fleet;
    this.rand = rand;
  }

  chooseUnit(incident, at) {
    let best = null;
    for (const unit of this.fleet.units) {
      if (!canAttend(unit, incident.category)) continue;
      const km = haversineKm(unit.position, incident.location);
      const waitMs = Math.max(0, unit.freeAt - at);
      const mobilise = unit.freeAt > at ? 1 : 2;
      const arriveMs = waitMs + (mobilise + travelMinutes(km, incident.category)) * MINUTE;
      if (!best || arriveMs < best.arriveMs) best = { unit, km, arriveMs, waitMs };
    }
    return best;
  }

  handle(incident) {
    if (incident.duplicateOf) {
      this.bus.publish('incident.closed', { ...incident, outcome: 'linked-to-earlier-call' });
      return;
    }
    const at = incident.receivedAt + 90000;
    const choice = this.chooseUnit(incident, at);
    const { unit } = choice;
    const arrival = at + choice.arriveMs;
    const onSceneMin = 18 + this.rand.int(0, 30) + (incident.category === 1 ? 15 : 0);
    let clear = arrival + onSceneMin * MINUTE;
    let conveyedTo = null;
    const conveys = incident.category <= 2 ? this.rand.chance(0.8) : this.rand.chance(0.45);
    if (conveys && unit.kind !== 'RRV') {
      const { hospital, km } = nearestHospital(incident.location);
      const handoverMin = 15 + this.rand.int(0, 75);
      clear += (travelMinutes(km, 3) + handoverMin) * MINUTE;
      unit.position = { lat: hospital.lat, lon: hospital.lon };
      conveyedTo = hospital.name;
    } else {
      unit.position = { lat: incident.location.lat, lon: incident.location.lon };
    }
    unit.busyMs += clear - Math.max(at, unit.freeAt);
    unit.freeAt = clear;
    unit.jobs += 1;

    this.bus.publish('incident.assigned', {
      ...incident,
      unit: { callSign: unit.callSign, kind: unit.kind },
      responseMinutes: (arrival - incident.receivedAt) / MINUTE,
      distanceKm: Math.round(choice.km * 10) / 10,
      conveyedTo,
      clearAt: clear,
      audit: incident.audit.concat(
        { stage: 'dispatch', at, note: `${unit.callSign} assigned, ${choice.km.toFixed(1)} km` },
        { stage: 'on-scene', at: arrival, note: `${unit.callSign} arrived` },
      ),
    });
  }
}

module.exports = { DispatchStage, Fleet, HOSPITALS };
