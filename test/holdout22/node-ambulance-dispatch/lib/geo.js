'use strict';

const EARTH_RADIUS_KM = 6371;

function toRad(deg) {
  return (deg * Math.PI) / 180;
}

function haversineKm(a, b) {
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

const TOWNS = [
  { name: 'Kingsbridge', lat: 50.283, lon: -3.777, district: 'South Hams' },
  { name: 'Totnes', lat: 50.432, lon: -3.686, district: 'South Hams' },
  { name: 'Dartmouth', lat: 50.351, lon: -3.579, district: 'South Hams' },
  { name: 'Newton Abbot', lat: 50.529, lon: -3.608, district: 'Teignbridge' },
  { name: 'Teignmouth', lat: 50.548, lon: -3.494, district: 'Teignbridge' },
  { name: 'Ashburton', lat: 50.516, lon: -3.755, district: 'Teignbridge' },
  { name: 'Tavistock', lat: 50.549, lon: -4.144, district: 'West Devon' },
  { name: 'Okehampton', lat: 50.739, lon: -4.004, district: 'West Devon' },
  { name: 'Ivybridge', lat: 50.390, lon: -3.920, district: 'South Hams' },
  { name: 'Crediton', lat: 50.791, lon: -3.656, district: 'Mid Devon' },
  { name: 'Tiverton', lat: 50.902, lon: -3.491, district: 'Mid Devon' },
  { name: 'Honiton', lat: 50.800, lon: -3.189, district: 'East Devon' },
];

const STREET_STEMS = ['Fore', 'Church', 'Mill', 'Station', 'Harbour', 'Market', 'Bridge', 'Orchard', 'Castle',
  'Victoria', 'Queens', 'Kings', 'Chapel', 'Priory', 'Moor', 'Park', 'Meadow', 'Quarry', 'Well', 'School'];
const STREET_KINDS = ['Street', 'Road', 'Lane', 'Hill', 'Close', 'Avenue', 'Terrace', 'Gardens', 'Crescent', 'Place'];

// A tiny gazetteer: every town has the same street names at different offsets
// from the centre, which is enough to give the dispatcher realistic distances.
class Gazetteer {
  constructor(rand) {
    this.streets = new Map();
    this.towns = new Map(TOWNS.map((t) => [t.name.toLowerCase(), t]));
    for (const town of TOWNS) {
      for (const stem of STREET_STEMS) {
        for (const kind of STREET_KINDS) {
          if (!rand.chance(0.35)) continue;
          const key = `${stem} ${kind}, ${town.name}`.toLowerCase();
          this.streets.set(key, {
            street: `${stem} ${kind}`,
            town: town.name,
            district: town.district,
            lat: town.lat + (rand.next() - 0.5) * 0.03,
            lon: town.lon + (rand.next() - 0.5) * 0.045,
            houses: rand.int(12, 140),
          });
        }
      }
    }
    this.streetList = [...this.streets.values()];
  }

  locate(street, town) {
    return this.streets.get(`${street}, ${town}`.toLowerCase()) || null;
  }

  townCentre(town) {
    return this.towns.get(town.toLowerCase()) || null;
  }
}

module.exports = { Gazetteer, TOWNS, haversineKm };
