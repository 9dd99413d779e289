'use strict';

const WINDOW = 12;

// Rolling per-hive state used to spot swarms, queen piping and chilled brood.
class ColonyWatch {
  constructor() {
    this.hives = new Map();
    this.events = [];
  }

  observe(r) {
    let h = this.hives.get(r.hiveId);
    if (!h) {
      h = { recent: [], lastEvent: -Infinity };
      this.hives.set(r.hiveId, h);
    }
    h.recent.push(r);
    if (h.recent.length > WINDOW) h.recent.shift();
    if (h.recent.length < 3) return;

    const prev = h.recent[h.recent.length - 2];
    const drop = prev.weightKg - r.weightKg;
    if (drop > 1.2 && r.minute - prev.minute <= 30 && r.minute - h.lastEvent > 240) {
      this.emit(h, r, 'swarm', { lostKg: +drop.toFixed(2) });
    }
    if (r.bands) {
      const total = r.bands.reduce((s, e) => s + e, 0);
      const piping = (r.bands[3] + r.bands[4]) / (total || 1);
      if (piping > 0.55 && r.minute - h.lastEvent > 240) this.emit(h, r, 'queen-piping', { ratio: +piping.toFixed(3) });
    }
    const temps = h.recent.map((x) => x.broodC);
    const mean = temps.reduce((s, t) => s + t, 0) / temps.length;
    const sd = Math.sqrt(temps.reduce((s, t) => s + (t - mean) ** 2, 0) / temps.length);
    if (mean < 32 && sd > 0.8 && r.minute - h.lastEvent > 240) this.emit(h, r, 'brood-chill', { meanC: +mean.toFixed(2) });
  }

  emit(h, r, kind, detail) {
    h.lastEvent = r.minute;
    this.events.push({ kind, hiveId: r.hiveId, siteId: r.siteId, minute: r.minute, ...detail });
  }
}

// Hourly weight rollups per hive and daily nectar flow per forage crop.
class FlowLedger {
  constructor() {
    this.hourly = new Map();
    this.forage = new Map();
  }

  add(r) {
    const hour = Math.floor(r.minute / 60);
    const key = `${r.hiveId}@${hour}`;
    let b = this.hourly.get(key);
    if (!b) {
      b = { hiveId: r.hiveId, forage: r.forage, hour, n: 0, min: Infinity, max: -Infinity, sum: 0, first: r.weightKg, last: r.weightKg };
      this.hourly.set(key, b);
    }
    b.n++;
    b.sum += r.weightKg;
    b.min = Math.min(b.min, r.weightKg);
    b.max = Math.max(b.max, r.weightKg);
    b.last = r.weightKg;
    if (r.forage) {
      const f = this.forage.get(r.forage) || { gainKg: 0, readings: 0 };
      f.readings++;
      this.forage.set(r.forage, f);
    }
  }

  settle() {
    for (const b of this.hourly.values()) {
      b.mean = b.sum / b.n;
      if (b.forage) this.forage.get(b.forage).gainKg += b.last - b.first;
    }
    return [...this.forage].map(([crop, f]) => ({ crop, readings: f.readings, gainKg: +f.gainKg.toFixed(2) }));
  }
}

module.exports = { ColonyWatch, FlowLedger };
