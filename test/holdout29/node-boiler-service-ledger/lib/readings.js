'use strict';

class ReadingUnavailableError extends Error {
  constructor(field, raw) {
    super(`no ${field} reading recorded (${JSON.stringify(raw)})`);
    this.name = 'ReadingUnavailableError';
    this.field = field;
  }
}

const FIELDS = [
  { key: 'co_ppm', name: 'coPpm', min: 0, max: 2000 },
  { key: 'co2_pct', name: 'co2Pct', min: 0, max: 20 },
  { key: 'ratio', name: 'ratio', min: 0, max: 1 },
  { key: 'burner_pressure_mbar', name: 'burnerMbar', min: 0, max: 60 },
  { key: 'flue_temp_c', name: 'flueTempC', min: -10, max: 400 },
];

function parseAnalyserReading(raw, field) {
  const text = raw === undefined ? '' : raw.trim();
  if (text === '' || text === '-') throw new ReadingUnavailableError(field.name, raw);
  const value = Number(text);
  if (Number.isNaN(value)) throw new ReadingUnavailableError(field.name, raw);
  if (value < field.min || value > field.max) throw new RangeError(`${field.name} ${value} outside ${field.min}..${field.max}`);
  return value;
}

function readCombustion(visit) {
  const reading = { missing: [] };
  for (const field of FIELDS) {
    try {
      reading[field.name] = parseAnalyserReading(visit[field.key], field);
    } catch (err) {
      if (!(err instanceof ReadingUnavailableError)) throw err;
      reading[field.name] = null;
      reading.missing.push(err.field);
    }
  }
  return reading;
}

function combustionVerdict(reading, fuel) {
  if (reading.ratio !== null) {
    const limit = fuel === 'oil' ? 0.008 : 0.004;
    if (reading.ratio > limit) return 'investigate';
  }
  if (reading.coPpm !== null && reading.coPpm > 100) return 'investigate';
  if (reading.missing.length >= 3) return 'incomplete';
  return 'ok';
}

module.exports = { readCombustion, combustionVerdict };
