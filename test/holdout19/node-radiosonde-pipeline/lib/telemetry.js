'use strict';

const { gaussian } = require('./random');

const G = 9.80665;
const RD = 287.05;

function standardAtmosphere(heightM) {
  const t0 = 288.15;
  const lapse = 0.0065;
  if (heightM < 11000) {
    const t = t0 - lapse * heightM;
    return { tempK: t, pressureHpa: 1013.25 * Math.pow(t / t0, G / (RD * lapse)) };
  }
  const t11 = t0 - lapse * 11000;
  const p11 = 1013.25 * Math.pow(t11 / t0, G / (RD * lapse));
  return { tempK: t11, pressureHpa: p11 * Math.exp((-G * (heightM - 11000)) / (RD * t11)) };
}

function* flightFrames(rand, flight) {
  const ascentRate = (4.5 + rand() * 1.5) / 2;
  const burst = 24000 + rand() * 9000;
  let lat = flight.lat;
  let lon = flight.lon;
  let alt = flight.elevation;
  const tempBias = gaussian(rand, 0, 2.5);
  const jetLevel = 9000 + rand() * 3000;
  for (let seq = 0; alt < burst; seq++) {
    alt += ascentRate + gaussian(rand, 0, 0.2);
    const std = standardAtmosphere(alt);
    const windSpeed = Math.max(0, 5 + 35 * Math.exp(-Math.pow((alt - jetLevel) / 3500, 2)) + gaussian(rand, 0, 1.5));
    const windDir = (250 + 30 * Math.sin(alt / 4000) + gaussian(rand, 0, 4) + 360) % 360;
    lat += (windSpeed * Math.cos((windDir * Math.PI) / 180)) / 111000;
    lon += (windSpeed * Math.sin((windDir * Math.PI) / 180)) / (111000 * Math.cos((lat * Math.PI) / 180));
    const icing = alt > 4000 && alt < 7000 && rand() < 0.5;
    const frame = {
      flightId: flight.id,
      station: flight.station,
      seq,
      t: seq / 2,
      gps: { lat, lon, alt, sats: 6 + Math.floor(rand() * 8) },
      ptu: {
        pressure: std.pressureHpa * (1 + gaussian(rand, 0, 0.0008)),
        temperature: std.tempK - 273.15 + tempBias + gaussian(rand, 0, 0.15),
        radiationCorrection: flight.night ? undefined : 0.4 * Math.min(1, alt / 20000),
        humidity: icing ? 100 + rand() * 15 : Math.max(0, Math.min(100, 70 * Math.exp(-alt / 6000) + gaussian(rand, 0, 4))),
      },
      wind: { speed: windSpeed, direction: windDir },
      battery: 3.3 - seq * 0.00002,
      ozone: flight.ozonesonde ? { partialPressure: 3 + 12 * Math.exp(-Math.pow((alt - 24000) / 6000, 2)), pumpTemperature: 20 + gaussian(rand, 0, 2) } : undefined,
      flags: [],
    };
    yield frame;
    if (rand() < 0.03) yield Object.assign({}, frame, { gps: Object.assign({}, frame.gps), ptu: Object.assign({}, frame.ptu), flags: [] });
  }
}

module.exports = { flightFrames, standardAtmosphere };
