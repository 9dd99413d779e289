'use strict';

// Maintained by the agronomy team; edited during the season.
module.exports = {
  maize: { stages: [0.3, 0.7, 1.2, 1.2, 0.6], rootDepthM: 1.0, allowableDepletion: 0.55 },
  wheat: { stages: [0.4, 0.75, 1.15, 1.15, 0.4], rootDepthM: 1.2, allowableDepletion: 0.55 },
  potato: { stages: [0.5, 0.8, 1.15, 1.15, 0.75], rootDepthM: 0.5, allowableDepletion: 0.35 },
  alfalfa: { stages: [0.4, 0.8, 0.95, 0.95, 0.9], rootDepthM: 1.5, allowableDepletion: 0.55 },
  onion: { stages: [0.7, 0.85, 1.05, 1.05, 0.75], rootDepthM: 0.4, allowableDepletion: 0.3 },
  sugarbeet: { stages: [0.35, 0.75, 1.2, 1.2, 0.7], rootDepthM: 0.9, allowableDepletion: 0.55 },
  stageFor(dayOfSeason, seasonLength) {
    const f = dayOfSeason / seasonLength;
    if (f < 0.15) return 0;
    if (f < 0.35) return 1;
    if (f < 0.6) return 2;
    if (f < 0.85) return 3;
    return 4;
  },
};
