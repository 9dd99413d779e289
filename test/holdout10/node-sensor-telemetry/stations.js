'use strict';

// Weather-station registry: metadata and per-sensor calibration offsets.

const REGIONS = [
  { code: 'N', name: 'Northern Uplands', prefix: 'WX-0', baseTemp: 2, elevation: 620 },
  { code: 'C', name: 'Central Plains', prefix: 'WX-1', baseTemp: 9, elevation: 180 },
  { code: 'S', name: 'Southern Coast', prefix: 'WX-2', baseTemp: 15, elevation: 20 },
  { code: 'M', name: 'Marine Buoys', prefix: 'MB-3', baseTemp: 11, elevation: 0 },
  { code: 'A', name: 'Airfields', prefix: 'AF-4', baseTemp: 8, elevation: 95 },
];

function lcg(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function buildRegistry(perRegion, seed) {
  const rnd = lcg(seed);
  const stations = [];
  for (const region of REGIONS) {
    for (let i = 0; i < perRegion; i++) {
      const id = region.prefix + String(i).padStart(3, '0');
      stations.push({
        id,
        region: region.code,
        lat: 50 + rnd() * 10,
        lon: -5 + rnd() * 12,
        elevation: Math.round(region.elevation + rnd() * 300),
        baseTemp: region.baseTemp + (rnd() - 0.5) * 4,
        calibration: { t: (rnd() - 0.5) * 0.6, h: (rnd() - 0.5) * 3, p: (rnd() - 0.5) * 1.2, w: 0 },
        commissioned: 2015 + Math.floor(rnd() * 9),
        firmware: `2.${Math.floor(rnd() * 6)}.${Math.floor(rnd() * 10)}`,
      });
    }
  }
  return stations;
}

module.exports = { REGIONS, buildRegistry, lcg };
