'use strict';

const fs = require('fs/promises');
const os = require('os');
const path = require('path');
const { buildStations, REGIONS } = require('./stations');
const { SyntheticFeed, STEP_MIN, START } = require('./observations');
const { StationTracker, AlertEngine } = require('./alerts');
const { renderBulletin } = require('./bulletin');

const HOURS = Number(process.env.HOURS || 60);

async function main() {
  const started = Date.now();
  const stations = buildStations(60);
  const feed = new SyntheticFeed(stations);
  const trackers = new Map(stations.map((s) => [s.id, new StationTracker(s)]));
  const engine = new AlertEngine();
  const outDir = path.join(os.tmpdir(), `weather-bulletins-${process.pid}`);
  await fs.mkdir(outDir, { recursive: true });
  const stepsPerHour = 60 / STEP_MIN;
  let observations = 0;
  let bulletinBytes = 0;
  let bulletins = 0;

  for (let hour = 0; hour < HOURS; hour++) {
    for (let k = 0; k < stepsPerHour; k++) {
      for (const obs of feed.tick(hour * stepsPerHour + k)) {
        trackers.get(obs.station).push(obs);
        observations++;
      }
    }
    const ts = START + (hour + 1) * 3600000;
    for (const tr of trackers.values()) engine.evaluate(tr, ts);

    if (hour >= 5) {
      const writes = [];
      for (const region of REGIONS) {
        const text = renderBulletin(region.id, trackers.values(), engine, ts);
        bulletinBytes += text.length;
        bulletins++;
        writes.push(fs.writeFile(path.join(outDir, `${region.id}-${hour + 1}.txt`), text));
      }
      await Promise.all(writes);
    }
  }

  const byAction = {};
  for (const e of engine.events) byAction[e.action] = (byAction[e.action] || 0) + 1;
  const byHazard = {};
  for (const a of engine.active.values()) byHazard[a.hazard] = (byHazard[a.hazard] || 0) + 1;
  await fs.rm(outDir, { recursive: true, force: true });
  console.log(`${stations.length} stations, ${observations} observations over ${HOURS} h`);
  console.log(`warning events ${JSON.stringify(byAction)}; active at end ${JSON.stringify(byHazard)}`);
  console.log(`${bulletins} bulletins, ${(bulletinBytes / 1e6).toFixed(1)} MB of text`);
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
