'use strict';

const { pick, intBetween } = require('./rng');

const MONTH_START = Date.UTC(2024, 2, 1);

// Produces one day of the vendor's telemetry export: one CSV line per GPS ping
// tripId,vin,memberNo,epochMs,lat,lon,accuracyM,speedKmh,odometerKm
function exportDay(day, fleet, rng, tripsPerDay) {
  const lines = [];
  for (let t = 0; t < tripsPerDay; t++) {
    const vehicle = pick(rng, fleet.vehicles);
    const member = fleet.members[Math.floor(fleet.members.length * rng())];
    const zone = pick(rng, fleet.zones);
    const tripId = `T${day.toString().padStart(2, '0')}${t.toString(36).padStart(4, '0')}`;
    let lat = zone.centre[0] + (rng() - 0.5) * 0.02;
    let lon = zone.centre[1] + (rng() - 0.5) * 0.02;
    let ts = MONTH_START + day * 86400000 + intBetween(rng, 5 * 3600, 23 * 3600) * 1000;
    let odo = vehicle.odometerKm;
    const pings = intBetween(rng, 18, 46);
    let heading = rng() * Math.PI * 2;
    for (let p = 0; p < pings; p++) {
      const parked = rng() < 0.12;
      const speed = parked ? 0 : intBetween(rng, 6, 48);
      const dt = intBetween(rng, 20, 75);
      const km = (speed * dt) / 3600;
      heading += (rng() - 0.5) * 0.8;
      lat += (Math.cos(heading) * km) / 111;
      lon += (Math.sin(heading) * km) / 87;
      odo += km;
      ts += dt * 1000;
      let acc = intBetween(rng, 3, 18);
      let outLat = lat;
      let outLon = lon;
      const r = rng();
      if (r < 0.22) acc = intBetween(rng, 40, 400); // urban canyon, poor fix
      else if (r < 0.27) {
        outLat = lat + (rng() - 0.5) * 0.6; // multipath jump
        outLon = lon + (rng() - 0.5) * 0.6;
      }
      if (r > 0.995) {
        lines.push(`${tripId},${vehicle.vin},${member.memberNo},${ts},,,${acc},,`);
        continue;
      }
      lines.push(`${tripId},${vehicle.vin},${member.memberNo},${ts},${outLat.toFixed(6)},${outLon.toFixed(6)},${acc},${speed},${odo.toFixed(2)}`);
    }
    vehicle.odometerKm = odo;
  }
  return lines;
}

module.exports = { exportDay, MONTH_START };
