'use strict';
// Seeded input: sensor readings with a station id, and the station table.
const { createRandom } = require('./random');

const REGIONS = ['north', 'south', 'east', 'west', 'central'];

function buildStations(rnd, count) {
  const stations = [];
  for (let i = 0; i < count; i++) {
    stations.push({ id: `st-${String(i).padStart(4, '0')}`, region: REGIONS[i % REGIONS.length], name: `Station <${i}> & co`, lat: rnd.next() * 180 - 90, lon: rnd.next() * 360 - 180 });
  }
  return stations;
}

function buildReadings(rnd, stations, count) {
  const stationIndex = new Uint16Array(count);
  const values = new Float64Array(count * 3); // temperature, humidity, pressure
  for (let i = 0; i < count; i++) {
    stationIndex[i] = rnd.int(0, stations.length - 1);
    values[i * 3] = -20 + rnd.next() * 55;
    values[i * 3 + 1] = rnd.next() * 100;
    values[i * 3 + 2] = 950 + rnd.next() * 100;
  }
  return { stationIndex, values, count };
}

module.exports = { buildStations, buildReadings };
