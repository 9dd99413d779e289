'use strict';
// A CPU-busy job with no known inefficiency: builds a seeded set of sensor readings,
// clusters them (k-means), sorts them, computes per-station statistics, renders the
// station ranking and the readings as HTML, and fingerprints the raw data with one
// SHA-256 over the whole buffer.
// CLEAN_READINGS changes the input size; CLEAN_VERBOSE=1 prints a summary.
const crypto = require('node:crypto');
const { createRandom } = require('./random');
const { buildStations, buildReadings } = require('./data');
const { kmeans } = require('./cluster');
const { stationStats, rankStations, renderTable, sortReadings, renderReadings } = require('./report');

function main() {
  const rnd = createRandom(1234);
  const readingCount = Number(process.env.CLEAN_READINGS || 900000);
  const stations = buildStations(rnd, 4000);
  const readings = buildReadings(rnd, stations, readingCount);

  const fingerprint = crypto.createHash('sha256').update(new Uint8Array(readings.values.buffer)).digest('hex');
  const { sizes, assignment } = kmeans(readings.values, readings.count, 16, 20);
  const order = sortReadings(readings);
  const ranked = rankStations(stationStats(stations, readings, assignment));
  const html = renderTable(ranked) + renderReadings(order, 200000, readings, stations, assignment);

  const clustered = sizes.reduce((a, b) => a + b, 0);
  if (clustered !== readings.count || html.length === 0) {
    console.error('clean-compute: inconsistent result');
    process.exitCode = 1;
  } else if (process.env.CLEAN_VERBOSE) {
    console.log(`clean-compute: ${readings.count} readings, ${ranked.length} stations, ${html.length} bytes of HTML, sha256 ${fingerprint.slice(0, 16)}`);
  }
}

main();
