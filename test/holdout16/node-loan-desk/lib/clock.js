'use strict';

// Simulated desk clock: the replayed kiosk traffic covers several weeks of
// opening hours, so each transaction moves the clock on a little and jumps
// over nights.
class DeskClock {
  constructor(startIso, stepMs) {
    this.t = Date.parse(startIso);
    this.step = stepMs;
  }

  now() {
    return this.t;
  }

  tick() {
    this.t += this.step;
    const h = new Date(this.t).getUTCHours();
    if (h >= 19) this.t += (14 * 3600 * 1000);
    return this.t;
  }
}

module.exports = { DeskClock };
