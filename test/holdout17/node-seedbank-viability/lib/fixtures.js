'use strict';

const fs = require('fs');
const { mulberry32 } = require('./rng');
const { SPECIES, UNIVERSAL } = require('./species');
const { normCdf } = require('./stats');

const SITES = ['Wakehurst Place', 'Great Orme', 'Ben Lawers', 'Lizard Peninsula', 'South Downs', 'Burren', 'Cairngorms', 'Chilterns', 'Mendip Hills'];
const TREATMENTS = ['none', 'GA3', 'chill-4w', 'scarified'];
const DAY_MS = 86400000;

function sigmaFor(sp, mc, temp) {
  return 10 ** (sp.KE - sp.CW * Math.log10(mc) - UNIVERSAL.CH * temp - UNIVERSAL.CQ * temp * temp);
}

function writeFixtures({ accessionsFile, testsFile, accessions, seed }) {
  const rnd = mulberry32(seed);
  const accLines = ['accession,species,site,collected,banked,seeds,moisture_pct,storage_c'];
  const testOut = fs.openSync(testsFile, 'w');
  let buffered = [];
  let testLines = 0;
  const flush = () => {
    fs.writeSync(testOut, buffered.join(''));
    buffered = [];
  };
  for (let i = 0; i < accessions; i++) {
    const sp = SPECIES[Math.floor(rnd() * SPECIES.length)];
    const id = `MSB-${String(100000 + i * 7)}`;
    const collected = Date.UTC(1985 + Math.floor(rnd() * 35), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
    const banked = collected + Math.floor(30 + rnd() * 150) * DAY_MS;
    const mc = 4 + rnd() * 4;
    const temp = rnd() < 0.85 ? -20 : 5;
    const ki = 1.2 + rnd() * 1.6;
    accLines.push(`${id},${sp.code},"${SITES[Math.floor(rnd() * SITES.length)]}",${new Date(collected).toISOString().slice(0, 10)},${new Date(banked).toISOString().slice(0, 10)},${Math.floor(2000 + rnd() * 40000)},${mc.toFixed(2)},${temp}`);
    const sigma = sigmaFor(sp, mc, temp) * (0.7 + rnd() * 0.6);
    const tests = 3 + Math.floor(rnd() * 6);
    const horizon = Date.UTC(2025, 0, 1) - banked;
    for (let t = 0; t < tests; t++) {
      const when = banked + Math.floor((t / Math.max(1, tests - 1)) * horizon * (0.85 + rnd() * 0.15));
      const days = (when - banked) / DAY_MS;
      const pViable = normCdf(ki - days / sigma);
      const treat = TREATMENTS[Math.floor(rnd() * TREATMENTS.length)];
      const dormantShare = treat === 'none' ? 0.08 + rnd() * 0.15 : rnd() * 0.04;
      const reps = 2 + Math.floor(rnd() * 3);
      for (let r = 1; r <= reps; r++) {
        const sown = rnd() < 0.5 ? 25 : 50;
        let germ = 0;
        let fresh = 0;
        for (let s = 0; s < sown; s++) {
          if (rnd() < pViable) {
            if (rnd() < dormantShare) fresh++;
            else germ++;
          }
        }
        const dead = sown - germ - fresh;
        buffered.push(`T|${id}|${new Date(when).toISOString().slice(0, 10)}|rep=${r}|sown=${sown}|germ=${germ}|fresh=${fresh}|dead=${dead}|treat=${treat}\n`);
        testLines++;
      }
    }
    if (buffered.length > 4096) flush();
  }
  flush();
  fs.closeSync(testOut);
  fs.writeFileSync(accessionsFile, `${accLines.join('\n')}\n`);
  return { accessions, testLines };
}

module.exports = { writeFixtures };
