'use strict';

const thermo = require('./thermo');

const MANDATORY_LEVELS = [1000, 925, 850, 700, 500, 400, 300, 250, 200, 150, 100, 70, 50, 30, 20, 10];

class FlightAssembler {
  constructor(flightId, station) {
    this.flightId = flightId;
    this.station = station;
    this.acceptedSeqs = [];
    this.samples = [];
    this.duplicates = 0;
    this.height = null;
    this.lastTv = null;
    this.lastPressure = null;
  }

  accept(frame) {
    if (this.acceptedSeqs.includes(frame.seq)) {
      this.duplicates++;
      return false;
    }
    this.acceptedSeqs.push(frame.seq);
    const { pressure, temperature, humidity } = frame.ptu;
    const mixing = thermo.mixingRatio(pressure, temperature, humidity);
    const tv = thermo.virtualTemperature(temperature, mixing);
    if (this.height === null) this.height = frame.gps.alt;
    else this.height += thermo.geopotentialStep(this.lastPressure, pressure, this.lastTv, tv);
    this.lastTv = tv;
    this.lastPressure = pressure;
    const wind = thermo.windComponents(frame.wind.speed, frame.wind.direction);
    this.samples.push({
      pressure, temperature, humidity,
      dewPoint: thermo.dewPoint(temperature, humidity),
      theta: thermo.potentialTemperature(pressure, temperature),
      height: this.height,
      u: wind.u, v: wind.v,
      flagged: frame.flags.length > 0,
    });
    return true;
  }

  sounding() {
    const levels = [];
    const s = this.samples;
    let j = 0;
    for (const target of MANDATORY_LEVELS) {
      while (j < s.length - 1 && s[j + 1].pressure > target) j++;
      if (j >= s.length - 1) break;
      const a = s[j];
      const b = s[j + 1];
      if (a.pressure < target) continue;
      const w = Math.log(a.pressure / target) / Math.log(a.pressure / b.pressure);
      const lerp = (x, y) => x + (y - x) * w;
      levels.push({
        pressure: target,
        height: lerp(a.height, b.height),
        temperature: lerp(a.temperature, b.temperature),
        dewPoint: lerp(a.dewPoint, b.dewPoint),
        u: lerp(a.u, b.u),
        v: lerp(a.v, b.v),
      });
    }
    return { flightId: this.flightId, station: this.station, levels, tropopause: this.tropopause(), frames: s.length, duplicates: this.duplicates };
  }

  tropopause() {
    const s = this.samples;
    for (let i = 0; i < s.length; i++) {
      if (s[i].pressure > 500) continue;
      let k = i;
      while (k < s.length && s[i].height - s[k].height > -2000) k++;
      if (k >= s.length) return null;
      const lapse = (s[i].temperature - s[k].temperature) / ((s[k].height - s[i].height) / 1000);
      if (lapse <= 2) return { pressure: s[i].pressure, height: s[i].height, temperature: s[i].temperature };
    }
    return null;
  }
}

module.exports = { FlightAssembler, MANDATORY_LEVELS };
