'use strict';

class QualityFlag extends Error {
  constructor(channel, value, reason) {
    super(`${channel}=${value} ${reason}`);
    this.name = 'QualityFlag';
    this.channel = channel;
    this.value = value;
    this.reason = reason;
  }
}

const LIMITS = {
  pressure: [3, 1080],
  temperature: [-95, 50],
  humidity: [0, 100],
  windSpeed: [0, 120],
  sats: [4, 32],
  ozonePartial: [0, 25],
  pumpTemperature: [-40, 45],
  radiationCorrection: [-3, 3],
};

function requireWithin(channel, value, reason) {
  const [lo, hi] = LIMITS[channel];
  if (!(value >= lo && value <= hi)) throw new QualityFlag(channel, value, reason);
  return value;
}

function checkFrame(frame) {
  const flags = [];
  const checks = [
    () => requireWithin('pressure', frame.ptu.pressure, 'outside sensor range'),
    () => requireWithin('temperature', frame.ptu.temperature, 'outside sensor range'),
    () => requireWithin('humidity', frame.ptu.humidity, 'supersaturated or iced sensor'),
    () => requireWithin('windSpeed', frame.wind.speed, 'implausible wind'),
    () => requireWithin('sats', frame.gps.sats, 'weak GNSS fix'),
    () => requireWithin('ozonePartial', frame.ozone && frame.ozone.partialPressure, 'no ozonesonde reading'),
    () => requireWithin('radiationCorrection', frame.ptu.radiationCorrection, 'radiation correction unavailable'),
  ];
  for (const check of checks) {
    try {
      check();
    } catch (err) {
      if (!(err instanceof QualityFlag)) throw err;
      flags.push({ channel: err.channel, reason: err.reason });
    }
  }
  return flags;
}

module.exports = { checkFrame, QualityFlag };
