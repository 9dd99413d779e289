'use strict';

const ICE_DENSITY = 0.9;
const SNOW_DENSITY_DEFAULT = 0.45;

function resolveStake(glacier, label) {
  const stakePattern = new RegExp(`^(?:${glacier.code}-S(\\d{2,3})|(${glacier.aliases.join('|')}))(?:/(\\d))?$`, 'i');
  const m = stakePattern.exec(label);
  if (!m) return null;
  if (m[1]) return glacier.stakeIndex.get(`${glacier.code}-S${m[1]}`) || null;
  const idx = glacier.aliases.indexOf(m[2].toLowerCase());
  return idx >= 0 ? glacier.stakes[idx] : null;
}

function waterEquivalent(row) {
  const emergenceChange = row.exposedAfter - row.exposedBefore;
  const snow = row.snowDepth || 0;
  const snowDensity = row.snowDensity || SNOW_DENSITY_DEFAULT;
  return -(emergenceChange * ICE_DENSITY) + snow * snowDensity;
}

function ingestReadings(glacier, rows, ledger) {
  const accepted = [];
  const rejected = [];
  for (const row of rows) {
    const stake = resolveStake(glacier, row.stake);
    if (!stake) {
      rejected.push({ stake: row.stake, reason: 'unknown stake' });
      continue;
    }
    if (!(row.exposedAfter >= 0 && row.exposedAfter <= stake.installedLength + 2)) {
      rejected.push({ stake: row.stake, reason: 'exposure out of range' });
      continue;
    }
    const mwe = waterEquivalent(row);
    const entry = { stakeId: stake.id, elevation: stake.elevation, date: row.date, mwe };
    ledger.record(glacier.code, entry);
    accepted.push(entry);
  }
  return { accepted, rejected };
}

module.exports = { ingestReadings, resolveStake, waterEquivalent };
