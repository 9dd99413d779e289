'use strict';
const { COMPONENTS } = require('./fleet');
const { MinHeap } = require('./heap');

const BAYS = { lathe: 3, roof: 5, general: 10, pit: 7 };
const MAX_DEFERRALS = 64; // stop looking once this many jobs could not be placed today
const SHIFT_HOURS = 16;

// Simulates daily operation, raises work orders when wear crosses thresholds and
// schedules them into depot bays by urgency.
class DepotPlanner {
  constructor(fleet, rand) {
    this.trams = fleet.trams;
    this.wear = fleet.wear;
    this.rand = rand;
    this.depots = Math.ceil(this.trams.length / 1000);
    this.backlogs = Object.fromEntries(Object.keys(BAYS).map((b) => [b, new MinHeap()]));
    this.open = new Set();
    this.stats = { raised: 0, done: 0, failures: 0, hoursByBay: Object.fromEntries(Object.keys(BAYS).map((b) => [b, 0])), delayDays: 0, kmRun: 0 };
    this.raisedOn = new Map();
  }

  runDay(day) {
    const nc = COMPONENTS.length;
    const seasonal = 1 + 0.15 * Math.sin((day / 365) * 2 * Math.PI);
    for (let i = 0; i < this.trams.length; i++) {
      const t = this.trams[i];
      if (t.outOfService > 0) { t.outOfService--; continue; }
      const km = t.dailyKmBase * seasonal * (0.85 + this.rand() * 0.3);
      t.odometer += km;
      this.stats.kmRun += km;
      for (let c = 0; c < nc; c++) {
        const k = i * nc + c;
        const comp = COMPONENTS[c];
        this.wear[k] += km * comp.wearPerKm * (0.9 + this.rand() * 0.2);
        const key = k;
        if (this.wear[k] >= 0.85 && !this.open.has(key)) {
          this.open.add(key);
          this.raisedOn.set(key, day);
          this.stats.raised++;
          // urgency: overdue components first, then by expected remaining km
          const remainingKm = (1 - this.wear[k]) / comp.wearPerKm;
          this.backlogs[comp.bays[0]].push(remainingKm, key);
        }
        if (this.wear[k] >= 1.05 && this.rand() < 0.02) {
          this.stats.failures++;
          t.outOfService = 2;
        }
      }
    }
    this.scheduleDay(day);
  }

  scheduleDay(day) {
    for (const [bay, perDepot] of Object.entries(BAYS)) {
      let hoursLeft = perDepot * this.depots * SHIFT_HOURS;
      const queue = this.backlogs[bay];
      const deferred = [];
      while (queue.size && hoursLeft > 0) {
        const key = queue.pop();
        const comp = COMPONENTS[key % COMPONENTS.length];
        if (comp.hours > hoursLeft) {
          deferred.push(key);
          if (deferred.length >= MAX_DEFERRALS) break;
          continue;
        }
        hoursLeft -= comp.hours;
        this.stats.hoursByBay[bay] += comp.hours;
        this.wear[key] = 0.02 + this.rand() * 0.03;
        this.open.delete(key);
        this.stats.delayDays += day - this.raisedOn.get(key);
        this.raisedOn.delete(key);
        this.stats.done++;
        const tram = this.trams[Math.floor(key / COMPONENTS.length)];
        tram.outOfService = Math.max(tram.outOfService, comp.hours > 8 ? 1 : 0);
      }
      for (const key of deferred) {
        const comp = COMPONENTS[key % COMPONENTS.length];
        queue.push((1 - this.wear[key]) / comp.wearPerKm, key);
      }
    }
  }

  backlogSize() {
    let n = 0;
    for (const q of Object.values(this.backlogs)) n += q.size;
    return n;
  }

  availability() {
    let inService = 0;
    for (const t of this.trams) if (t.outOfService === 0) inService++;
    return inService / this.trams.length;
  }
}

module.exports = { DepotPlanner, BAYS };
