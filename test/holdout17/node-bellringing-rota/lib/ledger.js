'use strict';

const { monthKey } = require('./rules');

const FAIRNESS_WINDOW_DAYS = 4;

class RotaLedger {
  constructor() {
    this.assignments = [];
    this.recent = [];
    this.bySlot = new Map();
    this.byRinger = new Map();
    this.monthCounts = new Map();
    this.lastRang = new Map();
    this.shortfalls = [];
  }

  advanceTo(dayMs) {
    const cutoff = dayMs - FAIRNESS_WINDOW_DAYS * 86400000;
    let drop = 0;
    while (drop < this.recent.length && this.recent[drop].dayMs < cutoff) drop++;
    if (drop > 0) this.recent = this.recent.slice(drop);
  }

  record(event, band) {
    let booked = this.bySlot.get(event.slot);
    if (!booked) {
      booked = new Set();
      this.bySlot.set(event.slot, booked);
    }
    for (const seat of band) {
      const a = { eventId: event.id, ringerId: seat.ringer.id, ringer: seat.ringer, bell: seat.bell, conductor: seat.conductor, dayMs: event.dayMs, event };
      this.assignments.push(a);
      this.recent.push(a);
      booked.add(seat.ringer.id);
      const key = monthKey(seat.ringer.id, event.month);
      this.monthCounts.set(key, (this.monthCounts.get(key) || 0) + 1);
      this.lastRang.set(seat.ringer.id, event.dayMs);
      let list = this.byRinger.get(seat.ringer.id);
      if (!list) {
        list = [];
        this.byRinger.set(seat.ringer.id, list);
      }
      list.push(a);
    }
  }
}

module.exports = { RotaLedger };
