'use strict';

const WINDOW = 30;

// Per-tank rolling window over the last WINDOW readings, plus daily
// accumulators: degree-days for egg development, oxygen minimum, feed.
class TankMonitor {
  constructor(tank) {
    this.tank = tank;
    this.temps = new Float64Array(WINDOW);
    this.o2s = new Float64Array(WINDOW);
    this.pos = 0;
    this.count = 0;
    this.sumTemp = 0;
    this.sumO2 = 0;
    this.day = null;
    this.days = [];
    this.alarms = [];
    this.lowO2Since = null;
    this.resetDay(null);
  }

  resetDay(day) {
    this.current = { day, degreeMinutes: 0, minO2: Infinity, maxTemp: -Infinity, feedG: 0, readings: 0, phSum: 0 };
  }

  probe(r) {
    const day = r.ts.slice(0, 10);
    if (day !== this.current.day) {
      if (this.current.day) this.days.push(this.current);
      this.resetDay(day);
    }
    const c = this.current;
    c.degreeMinutes += r.temp;
    c.readings++;
    c.phSum += r.ph;
    if (r.o2 < c.minO2) c.minO2 = r.o2;
    if (r.temp > c.maxTemp) c.maxTemp = r.temp;

    if (this.count === WINDOW) {
      this.sumTemp -= this.temps[this.pos];
      this.sumO2 -= this.o2s[this.pos];
    } else {
      this.count++;
    }
    this.temps[this.pos] = r.temp;
    this.o2s[this.pos] = r.o2;
    this.sumTemp += r.temp;
    this.sumO2 += r.o2;
    this.pos = (this.pos + 1) % WINDOW;

    const meanO2 = this.sumO2 / this.count;
    if (meanO2 < 7.0) {
      if (this.lowO2Since === null) {
        this.lowO2Since = r.ts;
        this.alarms.push({ tank: this.tank.id, ts: r.ts, kind: 'low-oxygen', value: meanO2 });
      }
    } else if (meanO2 > 7.5) {
      this.lowO2Since = null;
    }
  }

  feed(r) {
    this.current.feedG += r.grams;
  }

  finish() {
    if (this.current.day) this.days.push(this.current);
    this.resetDay(null);
  }

  summary() {
    const degreeDays = this.days.reduce((a, d) => a + d.degreeMinutes / 1440, 0);
    return {
      tank: this.tank.id,
      stage: this.tank.stage,
      degreeDays,
      minO2: Math.min(...this.days.map((d) => d.minO2)),
      feedKg: this.days.reduce((a, d) => a + d.feedG, 0) / 1000,
      alarms: this.alarms.length,
      days: this.days,
    };
  }
}

module.exports = { TankMonitor };
