'use strict';

// Turns the day rows of one meter into a half-hourly series for the month
// and estimates missing slots.

function toSeries(rows) {
  const exports = new Map();
  for (const r of rows) if (r.dir === 'X') exports.set(r.date, r.values);
  const series = [];
  for (const r of rows) {
    if (r.dir !== 'I') continue;
    const exp = exports.get(r.date);
    const dow = new Date(r.date + 'T00:00:00Z').getUTCDay();
    for (let slot = 0; slot < 48; slot++) {
      series.push({
        date: r.date,
        dow,
        slot,
        importKwh: r.values[slot],
        exportKwh: exp ? exp[slot] || 0 : 0,
        estimated: r.quality === 'E',
      });
    }
  }
  return series;
}

// Validation, estimation and editing (VEE) steps, applied in order to each
// meter's month. Each step takes and returns the series.

const MAX_HALF_HOUR_KWH = 12; // 24 kW supply fuse

function rejectNegative(series) {
  for (const p of series) {
    if (p.importKwh !== null && p.importKwh < 0) p.importKwh = null;
    if (p.exportKwh < 0) p.exportKwh = 0;
  }
  return series;
}

// Missing readings are estimated from the same slot on the previous day, or
// the previous slot when there is no previous day.
function fillGaps(series) {
  for (let i = 0; i < series.length; i++) {
    const point = series[i];
    if (point.importKwh !== null) continue;
    const sameSlotYesterday = i >= 48 ? series[i - 48] : null;
    const previous = i ? series[i - 1] : null;
    point.importKwh = sameSlotYesterday ? sameSlotYesterday.importKwh : previous ? previous.importKwh : 0;
    point.estimated = true;
  }
  return series;
}

function capSpikes(series) {
  for (const p of series) {
    if (p.importKwh > MAX_HALF_HOUR_KWH) {
      p.importKwh = MAX_HALF_HOUR_KWH;
      p.estimated = true;
    }
  }
  return series;
}

function exportOnlyWithImportMeter(series) {
  // Export without any import all day points at a crossed-meter install.
  let lastDate = null;
  let dayImport = 0;
  let dayStart = 0;
  for (let i = 0; i <= series.length; i++) {
    const p = series[i];
    if (!p || p.date !== lastDate) {
      if (lastDate !== null && dayImport === 0) {
        for (let j = dayStart; j < i; j++) series[j].exportKwh = 0;
      }
      if (!p) break;
      lastDate = p.date;
      dayImport = 0;
      dayStart = i;
    }
    dayImport += p.importKwh;
  }
  return series;
}

function roundReadings(series) {
  for (const p of series) {
    p.importKwh = Math.round(p.importKwh * 1000) / 1000;
    p.exportKwh = Math.round(p.exportKwh * 1000) / 1000;
  }
  return series;
}

const VEE_STEPS = [rejectNegative, fillGaps, capSpikes, exportOnlyWithImportMeter, roundReadings];

function applyVee(series, steps = VEE_STEPS) {
  let s = series;
  for (const step of steps) s = step(s);
  return s;
}

const SLOT_LABELS = Array.from({ length: 48 }, (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);

// "Your average day" chart on the bill: mean import and export per half hour
// over the period.
function averageDayProfile(series, withExport) {
  let imported = {};
  let exported = {};
  const dates = new Set();
  for (const p of series) {
    const label = SLOT_LABELS[p.slot];
    imported = { ...imported, [label]: (imported[label] || 0) + p.importKwh };
    if (withExport) exported = { ...exported, [label]: (exported[label] || 0) + p.exportKwh };
    dates.add(p.date);
  }
  const days = dates.size || 1;
  return SLOT_LABELS.map((label) => ({
    slot: label,
    importKwh: Math.round((imported[label] / days) * 1000) / 1000,
    exportKwh: withExport ? Math.round((exported[label] / days) * 1000) / 1000 : 0,
  }));
}

function byDay(series) {
  const days = new Map();
  for (const p of series) {
    let d = days.get(p.date);
    if (!d) {
      d = [];
      days.set(p.date, d);
    }
    d.push(p);
  }
  return days;
}

module.exports = { toSeries, applyVee, averageDayProfile, byDay };
