'use strict';
// Kennel inventory: runs (individual enclosures) grouped by size class, with a
// per-night occupancy map so availability lookups are O(nights).

const SIZE_CLASSES = ['toy', 'small', 'medium', 'large', 'giant'];

const DAY_MS = 24 * 60 * 60 * 1000;

function dayKey(date) {
  return Math.floor(date.getTime() / DAY_MS);
}

class KennelInventory {
  constructor(runsPerClass) {
    this.runs = [];
    this.byClass = new Map();
    for (const cls of SIZE_CLASSES) {
      const list = [];
      for (let i = 0; i < runsPerClass[cls]; i++) {
        const run = { id: `${cls[0].toUpperCase()}${String(i + 1).padStart(3, '0')}`, sizeClass: cls, heated: i % 3 === 0 };
        list.push(run);
        this.runs.push(run);
      }
      this.byClass.set(cls, list);
    }
    // runId -> Set<dayKey>
    this.occupied = new Map(this.runs.map((r) => [r.id, new Set()]));
  }

  nightsBetween(checkIn, checkOut) {
    const nights = [];
    for (let d = dayKey(checkIn); d < dayKey(checkOut); d++) nights.push(d);
    return nights;
  }

  findFreeRun(sizeClass, checkIn, checkOut, needsHeating) {
    const candidates = this.byClass.get(sizeClass) || [];
    const nights = this.nightsBetween(checkIn, checkOut);
    for (const run of candidates) {
      if (needsHeating && !run.heated) continue;
      const taken = this.occupied.get(run.id);
      let free = true;
      for (const n of nights) {
        if (taken.has(n)) { free = false; break; }
      }
      if (free) return run;
    }
    return null;
  }

  reserve(runId, checkIn, checkOut) {
    const taken = this.occupied.get(runId);
    for (const n of this.nightsBetween(checkIn, checkOut)) taken.add(n);
  }

  release(runId, checkIn, checkOut) {
    const taken = this.occupied.get(runId);
    for (const n of this.nightsBetween(checkIn, checkOut)) taken.delete(n);
  }

  occupancyForNight(date) {
    const key = dayKey(date);
    const counts = {};
    for (const cls of SIZE_CLASSES) {
      let used = 0;
      for (const run of this.byClass.get(cls)) if (this.occupied.get(run.id).has(key)) used++;
      counts[cls] = { used, total: this.byClass.get(cls).length };
    }
    return counts;
  }
}

function sizeClassForWeight(kg) {
  if (kg < 5) return 'toy';
  if (kg < 12) return 'small';
  if (kg < 25) return 'medium';
  if (kg < 45) return 'large';
  return 'giant';
}

module.exports = { KennelInventory, sizeClassForWeight, SIZE_CLASSES, DAY_MS, dayKey };
