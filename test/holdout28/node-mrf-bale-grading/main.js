'use strict';

const { mulberry32 } = require('./pipeline/rng');
const { buildProducerRegister, sorterFrames } = require('./pipeline/feed');
const { parseStage, classifyStage, depositReturnStage, baleStage } = require('./pipeline/stages');

const FRAMES = Number(process.env.MRF_FRAMES || 900000);
const CHUNK = 800;

async function* chunked(iterable, size) {
  let buf = [];
  for (const item of iterable) {
    buf.push(item);
    if (buf.length === size) {
      yield buf;
      buf = [];
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (buf.length) yield buf;
}

async function main() {
  const started = Date.now();
  const rand = mulberry32(90210);
  const producers = buildProducerRegister(rand, 4800);
  const producersByLead = new Map();
  for (const p of producers) {
    const lead = p.gs1Prefix.slice(0, 4);
    if (!producersByLead.has(lead)) producersByLead.set(lead, []);
    producersByLead.get(lead).push(p);
  }

  const stats = { parsed: 0, classified: 0, drsItems: 0, bales: 0, skipped: {} };
  const calibration = new Map();
  const source = chunked(sorterFrames(rand, producers, FRAMES, 4), CHUNK);
  const bales = baleStage(depositReturnStage(classifyStage(parseStage(source, stats, calibration), stats, calibration), stats, producersByLead), stats);

  const byGrade = new Map();
  const byMaterial = new Map();
  let value = 0;
  for await (const closed of bales) {
    for (const bale of closed) {
      byGrade.set(bale.grade, (byGrade.get(bale.grade) || 0) + 1);
      const m = byMaterial.get(bale.material) || { bales: 0, tonnes: 0, purity: 0 };
      m.bales++;
      m.tonnes += bale.grams / 1e6;
      m.purity += bale.purity;
      byMaterial.set(bale.material, m);
      value += bale.value;
    }
  }

  console.log(`frames=${FRAMES} parsed=${stats.parsed} skipped=${JSON.stringify(stats.skipped)} drsItems=${stats.drsItems}`);
  console.log(`bales=${stats.bales} grades=${[...byGrade].map(([g, n]) => `${g}:${n}`).join(' ')} value=£${value.toFixed(2)}`);
  for (const [material, m] of [...byMaterial].sort()) {
    console.log(`  ${material.padEnd(6)} bales=${String(m.bales).padStart(4)} tonnes=${m.tonnes.toFixed(2).padStart(7)} meanPurity=${(m.purity / m.bales).toFixed(3)}`);
  }
  console.log(`elapsed ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
