'use strict';

const path = require('path');

const TARIFF_PATH = path.join(__dirname, 'tariffs', 'dues.js');

function loadTariff() {
  delete require.cache[require.resolve(TARIFF_PATH)];
  return require(TARIFF_PATH);
}

class BerthPlan {
  constructor(berths) {
    this.berths = berths;
    this.occupancy = new Map(berths.map((b) => [b.id, []]));
  }

  allocate(notice) {
    let best = null;
    for (const b of this.berths) {
      if (b.maxLength < notice.lengthM || b.maxDraft < notice.draftM) continue;
      if (b.kinds.indexOf(notice.kind) < 0) continue;
      const stays = this.occupancy.get(b.id);
      let free = true;
      for (let i = stays.length - 1; i >= 0 && i >= stays.length - 4; i--) {
        if (stays[i].until > notice.eta) { free = false; break; }
      }
      if (!free) continue;
      const waste = b.maxLength - notice.lengthM;
      if (!best || waste < best.waste) best = { berth: b, waste };
    }
    if (!best) return null;
    this.occupancy.get(best.berth.id).push({ vessel: notice.vessel, until: notice.eta + notice.days * 24 });
    return best.berth;
  }
}

function quoteDues(notice) {
  const tariff = loadTariff();
  const rate = tariff.perMetreDay[notice.kind];
  const gross = rate * notice.lengthM * notice.days + tariff.pilotage(notice.lengthM) + tariff.wasteLevy(notice.kind, notice.days);
  const net = gross * (1 - tariff.discount(notice));
  return { tariff: tariff.effective, gross: Math.round(gross * 100) / 100, net: Math.round(net * 100) / 100 };
}

module.exports = { BerthPlan, quoteDues };
