'use strict';
// Season close-out batch for a coach-tour operator: builds the hotel rooming lists for every
// departure of the season, then reconciles each hotel chain's season statement against them.

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { createRng } = require('./lib/rng');
const { buildCatalog, buildTours, buildSeason } = require('./lib/season');
const { buildRoomingList } = require('./lib/rooming');
const { generateChainInvoice, matchInvoiceLines, findUnbilled } = require('./lib/reconcile');
const { renderReconciliation } = require('./lib/report');
const { buildGuideManifest, occupancyForecast } = require('./lib/manifest');

const CONFIG = {
  seed: 20250401,
  hotels: 150,
  chains: ['Alpina Group', 'NordStay', 'Heritage Inns', 'Danube Hotels', 'Caledonian Collection', 'Bohemia Hospitality',
    'Fjord Lodges'],
  statementPageSize: 400,
  tours: 36,
  departures: Number(process.env.DEPARTURES || 1300),
};

async function writeRoomingSheets(departures, toursByCode, hotelsByCode, outDir, digest, allocationsByChain) {
  let sheets = 0;
  for (const departure of departures) {
    const stays = buildRoomingList(departure, toursByCode.get(departure.tourCode), hotelsByCode);
    const files = [buildGuideManifest(departure, toursByCode.get(departure.tourCode))];
    for (const stay of stays) {
      for (const a of stay.allocations) allocationsByChain.get(a.chain).push(a);
      files.push(stay.sheet);
      sheets++;
    }
    const body = files.join('\n\n');
    digest.update(body);
    await fs.promises.writeFile(path.join(outDir, `${departure.id}.txt`), body);
  }
  return sheets;
}

async function reconcileChain(chain, invoice, allocations, hotelsByCode, outDir, digest) {
  const result = { matched: [], unknown: [] };
  for (let i = 0; i < invoice.lines.length; i += CONFIG.statementPageSize) {
    const page = matchInvoiceLines(invoice.lines.slice(i, i + CONFIG.statementPageSize), allocations);
    result.matched.push(...page.matched);
    result.unknown.push(...page.unknown);
  }
  const unbilled = findUnbilled(allocations, result.matched);
  const { csv, summary } = renderReconciliation(chain, result, unbilled, hotelsByCode);
  digest.update(csv);
  await fs.promises.writeFile(path.join(outDir, `${chain.replace(/\W+/g, '_')}.csv`), csv);
  return [...summary, `${chain}: ${result.matched.length} matched, ${result.unknown.length} unknown, ${unbilled.length} not billed`];
}

async function main() {
  const started = Date.now();
  const rng = createRng(CONFIG.seed);
  const hotels = buildCatalog(rng, CONFIG.hotels);
  hotels.forEach((h, i) => { h.chain = i % 4 === 3 ? null : CONFIG.chains[i % CONFIG.chains.length]; });
  const hotelsByCode = new Map(hotels.map((h) => [h.code, h]));
  const tours = buildTours(rng, hotels, CONFIG.tours);
  const toursByCode = new Map(tours.map((t) => [t.code, t]));
  const departures = buildSeason(rng, tours, CONFIG.departures);

  const outDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'rooming-lists-'));
  const digest = crypto.createHash('sha256');
  const allocationsByChain = new Map([...CONFIG.chains, null].map((c) => [c, []]));
  try {
    const sheets = await writeRoomingSheets(departures, toursByCode, hotelsByCode, outDir, digest, allocationsByChain);
    const forecast = occupancyForecast([].concat(...allocationsByChain.values()));
    digest.update(forecast);
    await fs.promises.writeFile(path.join(outDir, 'occupancy-forecast.csv'), forecast);
    const invoiceRng = createRng(CONFIG.seed ^ 0x5eed);
    const summaries = [];
    for (const chain of CONFIG.chains) {
      const allocations = allocationsByChain.get(chain);
      const invoice = generateChainInvoice(invoiceRng, chain, allocations);
      summaries.push(...await reconcileChain(chain, invoice, allocations, hotelsByCode, outDir, digest));
    }
    console.log(summaries.join('\n'));
    console.log(`${departures.length} departures, ${sheets} rooming sheets, digest ${digest.digest('hex').slice(0, 16)}, ${Date.now() - started} ms`);
  } finally {
    await fs.promises.rm(outDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
