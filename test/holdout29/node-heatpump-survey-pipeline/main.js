'use strict';
// Heat-pump installer survey pipeline: surveys -> parse -> heat loss ->
// emitter sizing -> priced proposals, written gzipped to a temp folder.
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { pipeline } = require('stream/promises');
const { Readable } = require('stream');
const { buildSurveyBatch } = require('./lib/surveys');
const { parseSurvey } = require('./lib/parse');
const { assessProperty } = require('./lib/heatloss');
const { matchExistingEmitters, sizeEmitters } = require('./lib/emitters');
const { renderProposal, selectHeatPump } = require('./lib/proposal');
const { estimateSeasonalPerformance } = require('./lib/seasonal');
const { designExternalTemp } = require('./lib/heatloss');

const BATCHES = Number(process.env.HP_BATCHES || 300);
const SURVEYS_PER_BATCH = 48;

async function* surveyBatches() {
  for (let b = 0; b < BATCHES; b++) {
    yield buildSurveyBatch(31, b, SURVEYS_PER_BATCH);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function* parseStage(source) {
  for await (const batch of source) {
    yield { batchNo: batch.batchNo, parsed: batch.surveys.map(parseSurvey), emitters: batch.emitters };
  }
}

async function* assessStage(source) {
  for await (const batch of source) {
    const properties = batch.parsed.map(assessProperty);
    matchExistingEmitters(properties, batch.emitters);
    yield { batchNo: batch.batchNo, properties };
  }
}

function makeProposalStage(totals) {
  return async function* proposalStage(source) {
    for await (const batch of source) {
      let chunk = '';
      for (const property of batch.properties) {
        const unit = selectHeatPump(property.totalW);
        const external = designExternalTemp(property.region);
        const seasonal = estimateSeasonalPerformance(property, external, unit.kw);
        const lowTemp = estimateSeasonalPerformance({ ...property, flowTempC: 45 }, external, unit.kw);
        seasonal.lowTempScop = lowTemp.scop;
        const proposal = renderProposal(property, sizeEmitters(property), seasonal);
        totals.proposals++;
        totals.upgrades += proposal.upgrades;
        totals.netPence += proposal.netPence;
        totals.units.set(proposal.unit, (totals.units.get(proposal.unit) || 0) + 1);
        chunk += proposal.text;
      }
      yield chunk;
    }
  };
}

async function main() {
  const started = Date.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hp-proposals-'));
  const totals = { proposals: 0, upgrades: 0, netPence: 0, units: new Map() };
  try {
    const outFile = path.join(workDir, 'proposals.txt.gz');
    await pipeline(
      Readable.from(makeProposalStage(totals)(assessStage(parseStage(surveyBatches())))),
      zlib.createGzip({ level: 6 }),
      fs.createWriteStream(outFile),
    );
    const size = (await fs.promises.stat(outFile)).size;
    const units = [...totals.units.entries()].sort().map(([k, v]) => `${k}=${v}`).join(' ');
    console.log(`heatpump-survey-pipeline: ${totals.proposals} proposals, ${totals.upgrades} radiator upgrades, mean net £${(totals.netPence / totals.proposals / 100).toFixed(2)}`);
    console.log(`units ${units}; output ${size} bytes gz; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
