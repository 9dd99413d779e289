'use strict';

// Batch job: normalise a digitisation export of herbarium sheets, link
// duplicate sheets, write a Darwin Core occurrence file and print labels.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parseArgs } = require('util');
const { mulberry32 } = require('./lib/rng');
const { Logger } = require('./lib/log');
const { checklist, writeExport } = require('./lib/sheets');
const { SheetNormaliser } = require('./lib/normalise');
const { linkDuplicates } = require('./lib/duplicates');
const { renderLabel } = require('./lib/labels');
const { occurrenceRows } = require('./lib/dwc');

function main() {
  const { values } = parseArgs({
    options: {
      sheets: { type: 'string', default: '220000' },
      'label-from': { type: 'string', default: 'E01198000' },
      seed: { type: 'string', default: '1859' },
      herbarium: { type: 'string', default: 'Herbarium of the Northern Uplands' },
      'log-level': { type: 'string', default: 'info' },
    },
  });
  const log = new Logger('herbarium', values['log-level']);
  const rng = mulberry32(Number(values.seed));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herbarium-'));
  try {
    const taxa = checklist();
    const exportFile = path.join(workDir, 'export.tsv');
    fs.writeFileSync(exportFile, writeExport(rng, taxa, Number(values.sheets)));

    const started = Date.now();
    const lines = fs.readFileSync(exportFile, 'utf8').split('\n');
    const normaliser = new SheetNormaliser(taxa, log);
    const records = [];
    for (let i = 1; i < lines.length; i++) {
      if (!lines[i]) continue;
      records.push(normaliser.normalise(lines[i].split('\t')));
    }
    const dups = linkDuplicates(records);
    const occurrenceFile = path.join(workDir, 'occurrence.txt');
    fs.writeFileSync(occurrenceFile, occurrenceRows(records));
    const labelFile = path.join(workDir, 'labels.txt');
    const labels = records.filter((r) => r.barcode >= values['label-from']).map((r) => renderLabel(r, values.herbarium));
    fs.writeFileSync(labelFile, labels.join('\n\f\n'));

    log.info(`${records.length} sheets, ${normaliser.rejected.length} flagged, ${dups.linked} duplicates linked ` +
      `in ${dups.groups} gatherings; occurrence ${fs.statSync(occurrenceFile).size} B, ${labels.length} labels ` +
      `in ${Date.now() - started} ms`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main();
