'use strict';

// Point schedule of the building management system: one entry per sensor or meter tag.
const { createRandom } = require('./prng');

const PLANT = [
  { prefix: 'AHU', count: 14, points: [['SAT', 'degC', 12, 24], ['RAT', 'degC', 18, 27], ['SFS', '%', 0, 100], ['FDP', 'Pa', 0, 250]] },
  { prefix: 'FCU', count: 320, points: [['ZT', 'degC', 17, 26], ['VLV', '%', 0, 100]] },
  { prefix: 'BLR', count: 4, points: [['FLT', 'degF', 140, 185], ['RTN', 'degF', 110, 160]] },
  { prefix: 'CHL', count: 3, points: [['CHWS', 'degC', 5, 9], ['CHWR', 'degC', 10, 15], ['KW', 'kW', 0, 420]] },
  { prefix: 'MTR', count: 40, points: [['KWH', 'kWh', 0, 1e9], ['KW', 'kW', 0, 180]] },
  { prefix: 'CO2', count: 200, points: [['PPM', 'ppm', 400, 1200]] },
];

function buildPointSchedule(seed) {
  const rnd = createRandom(seed);
  const points = [];
  for (const plant of PLANT) {
    for (let i = 1; i <= plant.count; i++) {
      const asset = `${plant.prefix}-${String(i).padStart(3, '0')}`;
      const floor = rnd.int(0, 12);
      for (const [name, unit, low, high] of plant.points) {
        points.push({
          tag: `${asset}.${name}`,
          asset,
          floor,
          unit,
          low,
          high,
          deadband: (high - low) * 0.02,
          offset: rnd.int(-20, 20) / 100,
          scale: 1 + rnd.int(-5, 5) / 1000,
          priority: name === 'FLT' || name === 'CHWS' ? 1 : name === 'PPM' ? 3 : 2,
        });
      }
    }
  }
  return points;
}

module.exports = { buildPointSchedule };
