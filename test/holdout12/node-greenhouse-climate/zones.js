'use strict';

const fs = require('fs');
const path = require('path');

const CROPS = {
  tomato: { dayTemp: 22, nightTemp: 17, rh: 75, co2: 800, dliTarget: 25, stages: ['transplant', 'vegetative', 'flowering', 'fruiting'] },
  cucumber: { dayTemp: 24, nightTemp: 19, rh: 80, co2: 900, dliTarget: 22, stages: ['transplant', 'vegetative', 'fruiting'] },
  lettuce: { dayTemp: 19, nightTemp: 14, rh: 70, co2: 1000, dliTarget: 17, stages: ['seedling', 'head'] },
  strawberry: { dayTemp: 21, nightTemp: 12, rh: 70, co2: 750, dliTarget: 20, stages: ['vegetative', 'flowering', 'fruiting'] },
  basil: { dayTemp: 25, nightTemp: 20, rh: 65, co2: 900, dliTarget: 16, stages: ['seedling', 'harvest'] },
};

function zoneFile(dir, zoneId) {
  return path.join(dir, `zone-${zoneId}.json`);
}

function siteFile(dir) {
  return path.join(dir, 'site.json');
}

const SITE_DEFAULTS = {
  site: 'Westland-3',
  latitude: 52.0,
  weatherStation: { tempOffset: -0.3, rhOffset: 1.5, windGustFactor: 1.3 },
  energy: { gasTariffPerM3: 0.92, chpAvailable: true, heatBufferM3: 400 },
  limits: { pipeMaxC: 75, ventMaxPct: 100, mistMaxSec: 45, co2MaxPpm: 1200 },
  storm: { windSpeed: 14, closeVents: true },
};

// Writes the grower-editable zone configuration files. In production these are
// edited from the office workstation; the controller picks changes up live.
function writeZoneConfigs(dir, zoneIds) {
  const crops = Object.keys(CROPS);
  fs.writeFileSync(siteFile(dir), JSON.stringify(SITE_DEFAULTS, null, 2));
  zoneIds.forEach((id, i) => {
    const crop = crops[i % crops.length];
    const c = CROPS[crop];
    const schedule = [];
    for (let h = 0; h < 24; h++) {
      const day = h >= 6 && h < 20;
      schedule.push({
        hour: h,
        heatingSetpoint: day ? c.dayTemp - 1 : c.nightTemp,
        ventSetpoint: (day ? c.dayTemp : c.nightTemp) + 3,
        rhMax: c.rh + 8,
        rhMin: c.rh - 12,
        co2Target: day ? c.co2 : 450,
        screen: day ? 'open' : 'energy',
      });
    }
    const config = {
      id,
      name: `Bay ${String.fromCharCode(65 + Math.floor(i / 4))}${(i % 4) + 1}`,
      crop,
      stage: c.stages[i % c.stages.length],
      areaM2: 800 + (i % 3) * 400,
      dliTarget: c.dliTarget,
      pid: { kp: 8 + (i % 3), ki: 0.35, kd: 1.2 },
      limits: { pipeMaxC: 70, ventMaxPct: 100, mistMaxSec: 30, co2MaxPpm: 1200 },
      alarms: { tempHigh: c.dayTemp + 10, tempLow: c.nightTemp - 6, rhHigh: 95 },
      schedule,
    };
    fs.writeFileSync(zoneFile(dir, id), JSON.stringify(config, null, 2));
  });
}

// Zone files override the site-wide defaults. Both are re-read on every call
// so that edits made by the grower take effect on the very next reading.
function loadZoneConfig(dir, zoneId) {
  const [site, zone] = [siteFile(dir), zoneFile(dir, zoneId)].map((file) => JSON.parse(fs.readFileSync(file, 'utf8')));
  return { ...zone, site: site.site, weatherStation: site.weatherStation, storm: site.storm, limits: { ...site.limits, ...zone.limits } };
}

module.exports = { writeZoneConfigs, loadZoneConfig, CROPS };
