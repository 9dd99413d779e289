'use strict';

// Each lock runs fill/empty cycles; vessels travelling in the same
// direction share a cycle when they fit side by side or nose to tail.
class LockDiary {
  constructor(lock) {
    this.lock = lock;
    this.cycles = new Map(); // slot -> { shelves: [{ y, height, used }], vessels: [] }
  }

  slotFor(minute) {
    return Math.floor(minute / this.lock.cycleMinutes);
  }

  tryPlace(cycle, vessel) {
    const { chamberLength, chamberBeam } = this.lock;
    if (vessel.length > chamberLength || vessel.beam > chamberBeam) return false;
    for (const shelf of cycle.shelves) {
      if (vessel.beam <= shelf.height && shelf.used + vessel.length <= chamberLength) {
        shelf.used += vessel.length;
        return true;
      }
    }
    const usedBeam = cycle.shelves.reduce((s, sh) => s + sh.height, 0);
    if (usedBeam + vessel.beam <= chamberBeam) {
      cycle.shelves.push({ height: vessel.beam, used: vessel.length });
      return true;
    }
    return false;
  }

  book(vessel, minute, passageId) {
    if (vessel.length > this.lock.chamberLength || vessel.beam > this.lock.chamberBeam) return null;
    for (let slot = this.slotFor(minute); slot < this.slotFor(minute) + 400; slot++) {
      let cycle = this.cycles.get(slot);
      if (!cycle) { cycle = { shelves: [], vessels: [] }; this.cycles.set(slot, cycle); }
      if (this.tryPlace(cycle, vessel)) {
        cycle.vessels.push(passageId);
        return { slot, at: slot * this.lock.cycleMinutes, shared: cycle.vessels.length > 1 };
      }
    }
    return null;
  }

  waterUsed() {
    const volumePerCycle = this.lock.chamberLength * this.lock.chamberBeam * this.lock.rise;
    return Math.round(this.cycles.size * volumePerCycle);
  }

  upcoming(fromMinute, limit) {
    const out = [];
    const first = this.slotFor(fromMinute);
    const slots = [...this.cycles.keys()].filter((s) => s >= first).sort((a, b) => a - b);
    for (const s of slots.slice(0, limit)) {
      out.push({ at: s * this.lock.cycleMinutes, vessels: this.cycles.get(s).vessels.length });
    }
    return out;
  }
}

module.exports = { LockDiary };
