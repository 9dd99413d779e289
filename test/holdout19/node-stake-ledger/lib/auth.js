'use strict';

const crypto = require('crypto');

const KEY_ITERATIONS = 2500;
const KEY_LENGTH = 32;

class StationRegistry {
  constructor(stations) {
    this.stations = stations;
    for (const st of stations.values()) {
      st.derived = crypto.pbkdf2Sync(st.secret, st.salt, KEY_ITERATIONS, KEY_LENGTH, 'sha256');
    }
  }

  authenticate(stationId, presentedKey) {
    const station = this.stations.get(stationId);
    if (!station || typeof presentedKey !== 'string') return null;
    const derived = crypto.pbkdf2Sync(presentedKey, station.salt, KEY_ITERATIONS, KEY_LENGTH, 'sha256');
    return crypto.timingSafeEqual(derived, station.derived) ? station : null;
  }
}

module.exports = { StationRegistry };
