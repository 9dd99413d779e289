'use strict';
// Synthetic but deterministic smart-meter estate for the billing run.

function xorshift(seed) {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const REGIONS = ['_A', '_B', '_C', '_D', '_E', '_F', '_G', '_H', '_J', '_K', '_L', '_M', '_N', '_P'];

function buildTariffs() {
  const names = ['flex-standard', 'flex-green', 'fixed-12m', 'fixed-24m', 'ev-night', 'heat-pump', 'economy7', 'business-lite'];
  return names.map((name, i) => ({
    id: name,
    standingChargePence: 45 + i * 3.5,
    vatRate: name.startsWith('business') ? 0.2 : 0.05,
    bands: Array.from({ length: 48 }, (_, hh) => ({
      from: hh,
      ratePence: 18 + ((hh * (i + 3)) % 17) + (hh >= 32 && hh < 38 ? 9 : 0),
      label: hh < 14 ? 'off-peak' : hh >= 32 && hh < 38 ? 'peak' : 'day',
    })),
    seasonal: { winterUplift: 1 + i / 50, summerDiscount: 1 - i / 80 },
    regionAdjustments: Object.fromEntries(REGIONS.map((r, k) => [r, 1 + ((k * 7 + i) % 9) / 100])),
  }));
}

function buildMeters(rnd, count, tariffs) {
  return Array.from({ length: count }, (_, i) => ({
    mpan: String(1900000000000 + i * 7919),
    region: REGIONS[Math.floor(rnd() * REGIONS.length)],
    tariffId: tariffs[Math.floor(rnd() * tariffs.length)].id,
    accountId: 'AC' + (500000 + Math.floor(i / 2)),
    lastRegister: Math.floor(rnd() * 40000),
  }));
}

// Raw half-hourly lines as delivered by the data collector: mpan,day,hh,kwh,quality
function buildReadingFeed(rnd, meters, days) {
  const lines = [];
  for (let d = 0; d < days; d++) {
    for (let k = 0; k < meters.length * 3; k++) {
      const m = meters[Math.floor(rnd() * meters.length)];
      const hh = Math.floor(rnd() * 48);
      const kwh = (rnd() * 2.4).toFixed(3);
      const q = rnd();
      const quality = q < 0.27 ? 'E' : q < 0.31 ? 'X' : 'A';
      lines.push(`${m.mpan},${d},${hh},${quality === 'X' ? '-' + kwh : kwh},${quality}`);
    }
  }
  return lines;
}

module.exports = { xorshift, buildTariffs, buildMeters, buildReadingFeed };
