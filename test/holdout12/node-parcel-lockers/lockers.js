'use strict';

const { mulberry32, pick, intBetween } = require('./rng');

const SIZE_ORDER = { S: 0, M: 1, L: 2 };
const CITIES = ['Kraków', 'Gdańsk', 'Poznań', 'Wrocław', 'Łódź', 'Lublin', 'Katowice', 'Szczecin'];
const CITY_CODES = { 'Kraków': 'KRA', 'Gdańsk': 'GDA', 'Poznań': 'POZ', 'Wrocław': 'WRO', 'Łódź': 'LOD', 'Lublin': 'LUB', 'Katowice': 'KAT', 'Szczecin': 'SZC' };
const STREETS = ['Długa', 'Krótka', 'Ogrodowa', 'Kolejowa', 'Polna', 'Leśna', 'Słoneczna', 'Lipowa', 'Szkolna', 'Mickiewicza'];

class LockerSite {
  constructor(code, city, address, lockers) {
    this.code = code;
    this.city = city;
    this.address = address;
    this.lockers = lockers; // [{ id, size, parcel }]
    this.openEvents = 0;
  }

  freeCount() {
    let n = 0;
    for (const l of this.lockers) if (!l.parcel) n++;
    return n;
  }

  // Best fit: the smallest free compartment that can hold the parcel.
  allocate(size) {
    const need = SIZE_ORDER[size];
    let best = null;
    for (const l of this.lockers) {
      if (l.parcel || SIZE_ORDER[l.size] < need) continue;
      if (!best || SIZE_ORDER[l.size] < SIZE_ORDER[best.size]) best = l;
      if (SIZE_ORDER[best.size] === need) break;
    }
    return best;
  }
}

class LockerNetwork {
  constructor() {
    this.sites = new Map();
    this.byTracking = new Map();
    this.history = [];
  }

  static seed({ sites = 30, lockersPerSite = 48, seed = 1 } = {}) {
    const rng = mulberry32(seed);
    const net = new LockerNetwork();
    for (let s = 0; s < sites; s++) {
      const city = CITIES[s % CITIES.length];
      const code = `${CITY_CODES[city]}${String(s + 1).padStart(3, '0')}`;
      const lockers = [];
      for (let i = 0; i < lockersPerSite; i++) {
        const r = rng();
        lockers.push({ id: `${code}-${String(i + 1).padStart(2, '0')}`, size: r < 0.5 ? 'S' : r < 0.85 ? 'M' : 'L', parcel: null });
      }
      const address = `ul. ${pick(rng, STREETS)} ${intBetween(rng, 1, 120)}`;
      net.sites.set(code, new LockerSite(code, city, address, lockers));
    }
    return net;
  }

  site(code) {
    return this.sites.get(code) || null;
  }

  deposit(siteCode, parcel) {
    const site = this.site(siteCode);
    if (!site) return { error: 'unknown-site' };
    if (this.byTracking.has(parcel.tracking)) return { error: 'duplicate-tracking' };
    const locker = site.allocate(parcel.size);
    if (!locker) return { error: 'site-full' };
    parcel.site = siteCode;
    parcel.locker = locker.id;
    locker.parcel = parcel;
    site.openEvents++;
    this.byTracking.set(parcel.tracking, parcel);
    return { locker };
  }

  findLocker(siteCode, lockerId) {
    const site = this.site(siteCode);
    if (!site) return null;
    return site.lockers.find((l) => l.id === lockerId) || null;
  }

  release(locker, reason, at) {
    const parcel = locker.parcel;
    locker.parcel = null;
    this.byTracking.delete(parcel.tracking);
    this.history.push({ tracking: parcel.tracking, site: parcel.site, reason, at, dwellMs: at - parcel.depositedAt });
    if (this.history.length > 5000) this.history.splice(0, 1000);
    return parcel;
  }

  awaitingInCity(city) {
    const out = [];
    for (const site of this.sites.values()) {
      if (site.city !== city) continue;
      for (const l of site.lockers) if (l.parcel) out.push(l.parcel);
    }
    return out;
  }
}

module.exports = { LockerNetwork, SIZE_ORDER, CITIES };
