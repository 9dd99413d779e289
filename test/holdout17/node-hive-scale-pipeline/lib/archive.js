'use strict';

const fs = require('fs');
const path = require('path');

const HEADER = 'ts,hive,apiary,net_g,brood_c,humidity,acoustic_hz,battery_mv,ambient_c,rssi,snr,lid,fault\n';

class ReadingArchive {
  constructor(dir) {
    this.dir = dir;
    this.streams = new Map();
    this.rows = 0;
  }

  streamFor(day) {
    let s = this.streams.get(day);
    if (!s) {
      s = fs.createWriteStream(path.join(this.dir, `readings-${day}.csv`));
      s.write(HEADER);
      this.streams.set(day, s);
    }
    return s;
  }

  append(r) {
    const line = `${r.ts},${r.hiveId},${r.apiaryId},${r.netGrams},${r.broodC.toFixed(2)},${r.humidity.toFixed(1)},${r.acousticHz},${r.batteryMv},${r.ambientC.toFixed(2)},${r.rssi},${r.snr},${r.lidOpen ? 1 : 0},${r.scaleFault ? 1 : 0}\n`;
    this.streamFor(r.ts.slice(0, 10)).write(line);
    this.rows++;
  }

  close() {
    return Promise.all([...this.streams.values()].map((s) => new Promise((resolve, reject) => {
      s.on('error', reject);
      s.end(resolve);
    })));
  }
}

module.exports = { ReadingArchive };
