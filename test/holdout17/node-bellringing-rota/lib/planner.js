'use strict';

const { distanceKm } = require('./geo');
const { methodsFor } = require('./methods');
const { ELIGIBILITY, PREFERENCES } = require('./rules');

const MIN_BAND = { service: 5, practice: 6, wedding: 6, quarter: 0 };
const CATCHMENT_KM = 45;

class RotaPlanner {
  constructor({ towers, ringers, ledger }) {
    this.ledger = ledger;
    this.catchment = new Map();
    for (const tower of towers) {
      const list = [];
      for (const r of ringers) {
        const km = distanceKm(r, tower);
        if (km <= CATCHMENT_KM) list.push({ ringer: r, km });
      }
      list.sort((a, b) => a.km - b.km);
      this.catchment.set(tower.id, list);
    }
  }

  chooseMethod(event) {
    const options = methodsFor(event.tower.bells, event.kind === 'wedding' ? 'service' : event.kind);
    return options[event.week % options.length];
  }

  eligible(entry, event, ctx) {
    for (let i = 0; i < ELIGIBILITY.length; i++) {
      if (!ELIGIBILITY[i](entry, event, ctx)) return false;
    }
    return true;
  }

  preference(entry, event, ctx) {
    let s = 0;
    for (let i = 0; i < PREFERENCES.length; i++) {
      const p = PREFERENCES[i];
      s += p.weight * p.fn(entry, event, ctx);
    }
    return s;
  }

  planEvent(event) {
    this.ledger.advanceTo(event.dayMs);
    const method = this.chooseMethod(event);
    const needed = event.tower.bells;
    const ctx = { ledger: this.ledger, method };
    const candidates = [];
    for (const entry of this.catchment.get(event.tower.id)) {
      if (!this.eligible(entry, event, ctx)) continue;
      candidates.push({ ringer: entry.ringer, score: this.preference(entry, event, ctx) });
    }
    candidates.sort((a, b) => b.score - a.score);
    const chosen = candidates.slice(0, needed).map((c) => c.ringer);
    const minimum = MIN_BAND[event.kind] || needed;
    if (chosen.length < Math.min(minimum, needed)) {
      this.ledger.shortfalls.push({ event, method, found: chosen.length, needed });
      return null;
    }
    chosen.sort((a, b) => a.level - b.level || (a.id < b.id ? -1 : 1));
    const band = chosen.map((ringer, i) => ({ ringer, bell: i + 1, conductor: false }));
    band[band.length - 1].conductor = true;
    this.ledger.record(event, band);
    return { event, method, band };
  }

  planSeason(events) {
    const rotas = [];
    for (const event of events) {
      const planned = this.planEvent(event);
      if (planned) rotas.push(planned);
    }
    return rotas;
  }
}

module.exports = { RotaPlanner };
