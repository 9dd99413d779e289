'use strict';

const { haversineKm } = require('./geo');

const MAX_ACCURACY_M = 35;
const MAX_PLAUSIBLE_KMH = 180;

class TelemetryError extends Error {
  constructor(code, message, line) {
    super(message);
    this.name = 'TelemetryError';
    this.code = code;
    this.line = line;
  }
}

function parsePing(line, previous) {
  const f = line.split(',');
  if (f.length !== 9 || f[4] === '' || f[5] === '') {
    throw new TelemetryError('MALFORMED', `malformed telemetry record (${f.length} fields)`, line);
  }
  const ping = {
    ts: Number(f[3]),
    lat: Number(f[4]),
    lon: Number(f[5]),
    accuracy: Number(f[6]),
    speed: Number(f[7]),
    odometer: Number(f[8]),
  };
  if (ping.accuracy > MAX_ACCURACY_M) {
    throw new TelemetryError('LOW_ACCURACY', `fix accuracy ${ping.accuracy} m exceeds ${MAX_ACCURACY_M} m`, line);
  }
  if (previous) {
    const hours = (ping.ts - previous.ts) / 3600000;
    const km = haversineKm(previous.lat, previous.lon, ping.lat, ping.lon);
    if (hours > 0 && km / hours > MAX_PLAUSIBLE_KMH) {
      throw new TelemetryError('GPS_JUMP', `implausible jump of ${km.toFixed(2)} km in ${(hours * 60).toFixed(1)} min`, line);
    }
    ping.km = km;
  } else {
    ping.km = 0;
  }
  return ping;
}

// Groups a day's export by trip, keeping only plausible pings.
function assembleTrips(lines) {
  const trips = new Map();
  const rejected = { MALFORMED: 0, LOW_ACCURACY: 0, GPS_JUMP: 0 };
  for (const line of lines) {
    const c1 = line.indexOf(',');
    const c2 = line.indexOf(',', c1 + 1);
    const c3 = line.indexOf(',', c2 + 1);
    const tripId = line.slice(0, c1);
    let trip = trips.get(tripId);
    if (!trip) {
      trip = { tripId, vin: line.slice(c1 + 1, c2), memberNo: line.slice(c2 + 1, c3), pings: [] };
      trips.set(tripId, trip);
    }
    let ping;
    try {
      ping = parsePing(line, trip.pings[trip.pings.length - 1]);
    } catch (err) {
      if (!(err instanceof TelemetryError)) throw err;
      rejected[err.code]++;
      continue;
    }
    trip.pings.push(ping);
  }
  return { trips: [...trips.values()], rejected };
}

module.exports = { assembleTrips, parsePing, TelemetryError };
