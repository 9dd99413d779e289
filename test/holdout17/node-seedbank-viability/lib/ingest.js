'use strict';

const fs = require('fs');
const readline = require('readline');

const TEST_LINE = /^T\|(MSB-\d+)\|(\d{4}-\d{2}-\d{2})\|rep=(\d+)\|sown=(\d+)\|germ=(\d+)\|fresh=(\d+)\|dead=(\d+)\|treat=([\w-]+)$/;
const ACC_LINE = /^(MSB-\d+),(\w+),"([^"]*)",(\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2}),(\d+),([\d.]+),(-?\d+)$/;
const DAY_MS = 86400000;

function loadAccessions(file) {
  const byId = new Map();
  const rejected = [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const m = ACC_LINE.exec(lines[i]);
    if (!m) {
      rejected.push(i + 1);
      continue;
    }
    byId.set(m[1], {
      id: m[1],
      species: m[2],
      site: m[3],
      collected: Date.parse(m[4]),
      banked: Date.parse(m[5]),
      seeds: Number(m[6]),
      moisture: Number(m[7]),
      storageC: Number(m[8]),
      tests: new Map(),
    });
  }
  return { byId, rejected };
}

async function loadTests(file, accessions) {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 256 * 1024 }), crlfDelay: Infinity });
  const counters = { lines: 0, malformed: 0, orphan: 0, inconsistent: 0 };
  for await (const line of rl) {
    counters.lines++;
    const m = TEST_LINE.exec(line);
    if (!m) {
      counters.malformed++;
      continue;
    }
    const acc = accessions.get(m[1]);
    if (!acc) {
      counters.orphan++;
      continue;
    }
    const sown = Number(m[4]);
    const germ = Number(m[5]);
    const fresh = Number(m[6]);
    const dead = Number(m[7]);
    if (germ + fresh + dead !== sown) {
      counters.inconsistent++;
      continue;
    }
    let test = acc.tests.get(m[2]);
    if (!test) {
      const when = Date.parse(m[2]);
      test = { date: when, days: (when - acc.banked) / DAY_MS, treatment: m[8], reps: 0, sown: 0, germ: 0, fresh: 0 };
      acc.tests.set(m[2], test);
    }
    test.reps++;
    test.sown += sown;
    test.germ += germ;
    test.fresh += fresh;
  }
  return counters;
}

module.exports = { loadAccessions, loadTests };
