'use strict';

const { mulberry32 } = require('./rng');

const STEP_MIN = 10;
const START = Date.UTC(2024, 5, 14, 0, 0, 0);

// A synthetic but plausible 10-minute synoptic feed: diurnal temperature
// cycle, a frontal system crossing from the west around hour 20-40 and a
// heat episode in the south on day three.
class SyntheticFeed {
  constructor(stations, seed = 5) {
    this.rng = mulberry32(seed);
    this.state = new Map(stations.map((s) => [s.id, { temp: 12 + this.rng() * 6 - s.elevation / 150, wind: 10 + this.rng() * 10, pressure: 1013, rh: 70 }]));
    this.stations = stations;
  }

  tick(step) {
    const rng = this.rng;
    const ts = START + step * STEP_MIN * 60000;
    const hour = (step * STEP_MIN) / 60;
    const out = [];
    for (const s of this.stations) {
      const st = this.state.get(s.id);
      const diurnal = Math.sin(((hour % 24) - 9) / 24 * 2 * Math.PI) * 6;
      const frontCentre = 20 + (s.lon + 7) * 4; // arrives earlier in the west
      const front = Math.exp(-(((hour - frontCentre) / 6) ** 2));
      const heat = s.region === 'south-valley' || s.region === 'midlands' ? Math.max(0, (hour - 48) / 24) * 9 : 0;
      st.temp += (12 + diurnal + heat - s.elevation / 150 - st.temp) * 0.08 + (rng() - 0.5) * 0.6;
      st.wind += (12 + front * (s.class === 'coastal' || s.class === 'mountain' ? 70 : 45) - st.wind) * 0.15 + (rng() - 0.5) * 4;
      st.pressure += (1013 - front * 28 - st.pressure) * 0.1 + (rng() - 0.5);
      st.rh = Math.min(100, Math.max(25, st.rh + (front * 95 + 60 - st.rh) * 0.1 + (rng() - 0.5) * 5));
      const wind = Math.max(0, st.wind);
      out.push({
        station: s.id,
        ts,
        temp: Math.round(st.temp * 10) / 10,
        wind: Math.round(wind),
        gust: Math.round(wind * (1.3 + rng() * 0.5)),
        dir: Math.round((240 + (rng() - 0.5) * 80 + 360) % 360),
        precip: front > 0.2 && rng() < front ? Math.round(rng() * front * 60) / 10 : 0,
        rh: Math.round(st.rh),
        pressure: Math.round(st.pressure * 10) / 10,
        visibility: st.rh > 97 && wind < 8 ? Math.round(100 + rng() * 900) : Math.round(8000 + rng() * 20000),
      });
    }
    return out;
  }
}

module.exports = { SyntheticFeed, STEP_MIN, START };
