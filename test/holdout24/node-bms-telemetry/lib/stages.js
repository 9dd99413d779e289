'use strict';

const FRAME_FIELDS = 5;

function decodeFrames(frames) {
  const readings = [];
  let rejected = 0;
  for (const frame of frames) {
    const parts = frame.split('|');
    if (parts.length !== FRAME_FIELDS) { rejected += 1; continue; }
    const [tag, ts, raw, unit, q] = parts;
    const value = Number(raw);
    const quality = Number(q.slice(2));
    if (!Number.isFinite(value) || quality < 128) { rejected += 1; continue; }
    const dot = tag.indexOf('.');
    readings.push({ tag, asset: tag.slice(0, dot), point: tag.slice(dot + 1), ts, epoch: Date.parse(ts), value, unit, quality });
  }
  return { readings, rejected };
}

// Applies the commissioning calibration from the point schedule and converts to SI units.
function calibrateReadings(readings, schedule) {
  const out = [];
  let unknown = 0;
  for (const r of readings) {
    const point = schedule.find((p) => p.tag === r.tag);
    if (!point) { unknown += 1; continue; }
    let value = r.value * point.scale + point.offset;
    let unit = r.unit;
    if (unit === 'degF') { value = (value - 32) * 5 / 9; unit = 'degC'; }
    else if (unit === 'Pa') { value /= 1000; unit = 'kPa'; }
    out.push({ ...r, value: Math.round(value * 1000) / 1000, unit, floor: point.floor });
  }
  return { readings: out, unknown };
}

function convertLimit(limit, unit) {
  if (unit === 'degF') return (limit - 32) * 5 / 9;
  if (unit === 'Pa') return limit / 1000;
  return limit;
}

// Alarm state machine: raises on crossing a limit, clears once back inside the deadband.
function evaluateAlarms(readings, limitsByTag, alarmState, log) {
  const events = [];
  for (const r of readings) {
    const limits = limitsByTag.get(r.tag);
    log.debug(`evaluate ${r.tag} at ${r.ts}: ${JSON.stringify(r)} limits=${JSON.stringify(limits)} state=${JSON.stringify(alarmState.get(r.tag) || null)}`);
    if (r.unit === 'kWh') continue;
    const srcUnit = r.point === 'FLT' || r.point === 'RTN' ? 'degF' : r.point === 'FDP' ? 'Pa' : r.unit;
    const low = convertLimit(limits.low, srcUnit);
    const high = convertLimit(limits.high, srcUnit);
    const band = srcUnit === 'degF' ? limits.deadband * 5 / 9 : srcUnit === 'Pa' ? limits.deadband / 1000 : limits.deadband;
    const current = alarmState.get(r.tag);
    if (!current) {
      if (r.value > high || r.value < low) {
        const kind = r.value > high ? 'high' : 'low';
        alarmState.set(r.tag, { kind, since: r.ts });
        events.push({ tag: r.tag, kind, ts: r.ts, value: r.value, priority: limits.priority });
      }
    } else if ((current.kind === 'high' && r.value < high - band) || (current.kind === 'low' && r.value > low + band)) {
      alarmState.delete(r.tag);
      events.push({ tag: r.tag, kind: 'clear', ts: r.ts, value: r.value, priority: limits.priority, raisedAt: current.since });
    }
  }
  return events;
}

// Fifteen-minute interval statistics per point, plus consumption for meters.
function aggregateIntervals(readings, buckets) {
  for (const r of readings) {
    const slot = Math.floor(r.epoch / 900000) * 900000;
    const key = `${r.tag}@${slot}`;
    let b = buckets.get(key);
    if (!b) {
      b = { tag: r.tag, floor: r.floor, slot, unit: r.unit, n: 0, sum: 0, min: Infinity, max: -Infinity, first: r.value, last: r.value };
      buckets.set(key, b);
    }
    b.n += 1;
    b.sum += r.value;
    if (r.value < b.min) b.min = r.value;
    if (r.value > b.max) b.max = r.value;
    b.last = r.value;
  }
}

module.exports = { decodeFrames, calibrateReadings, evaluateAlarms, aggregateIntervals };
