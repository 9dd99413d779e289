'use strict';
const { beaufort, clampHumidity, roundTo } = require('./units');

// Davis Vantage frames: "T<temp*10>H<hum>P<pressure*10>W<wind*10>R<rain*100>"
const FRAME = /^T(-?\d+)H(\d+)P(\d+)W(\d+)R(\d+)$/;

module.exports = function decodeDavis(frame) {
  const m = FRAME.exec(frame);
  if (!m) return null;
  const windMs = Number(m[4]) / 10;
  return {
    tempC: Number(m[1]) / 10,
    humidity: clampHumidity(Number(m[2])),
    pressureHpa: Number(m[3]) / 10,
    windMs,
    beaufort: beaufort(windMs),
    rainMm: roundTo(Number(m[5]) / 100, 2),
  };
};
