'use strict';

const path = require('path');

const CONFIG_DIR = path.join(__dirname, 'config', 'thresholds');

// Duty forecasters edit these files during an event, so always read the
// current version instead of whatever was loaded at start-up.
function loadThresholds(region) {
  const file = path.join(CONFIG_DIR, `${region}.json`);
  delete require.cache[require.resolve(file)];
  return require(file);
}

function limitsFor(config, station) {
  const base = config.classes[station.class];
  const district = config.districts.find((d) => d.stations.includes(station.id));
  if (!district || !district.overrides) return base;
  const merged = { ...base };
  for (const [param, o] of Object.entries(district.overrides)) merged[param] = { ...base[param], ...o };
  return merged;
}

module.exports = { loadThresholds, limitsFor };
