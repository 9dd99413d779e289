'use strict';

const BROOD_MIN_C = 33.5;
const BROOD_MAX_C = 36.5;

const DETECTORS = [
  {
    kind: 'swarm',
    severity: 'high',
    test(reading, stats) {
      return stats.samples >= 6 && stats.largestDrop < -1200 && !reading.lidOpen;
    },
    describe(reading, stats) {
      return `sudden weight loss of ${(-stats.largestDrop / 1000).toFixed(1)} kg`;
    },
  },
  {
    kind: 'brood-temperature',
    severity: 'medium',
    test(reading, stats) {
      return stats.samples >= 12 && (stats.tempMean < BROOD_MIN_C || stats.tempMean > BROOD_MAX_C);
    },
    describe(reading, stats) {
      return `brood nest mean ${stats.tempMean.toFixed(2)} °C outside ${BROOD_MIN_C}-${BROOD_MAX_C}`;
    },
  },
  {
    kind: 'queenless-roar',
    severity: 'medium',
    test(reading, stats) {
      return stats.samples >= 12 && stats.acousticMean > 380;
    },
    describe(reading, stats) {
      return `acoustic mean ${Math.round(stats.acousticMean)} Hz suggests a queenless colony`;
    },
  },
  {
    kind: 'nectar-flow',
    severity: 'info',
    test(reading, stats) {
      return stats.samples >= 48 && stats.weightChange > 900;
    },
    describe(reading, stats) {
      return `gained ${(stats.weightChange / 1000).toFixed(2)} kg in the window`;
    },
  },
  {
    kind: 'low-battery',
    severity: 'low',
    test(reading) {
      return reading.batteryMv < 3450;
    },
    describe(reading) {
      return `battery at ${reading.batteryMv} mV`;
    },
  },
];

function evaluate(reading, stats) {
  const found = [];
  for (const d of DETECTORS) {
    if (d.test(reading, stats)) found.push({ kind: d.kind, severity: d.severity, detail: d.describe(reading, stats) });
  }
  return found;
}

module.exports = { evaluate, DETECTORS };
