'use strict';

// Darwin Core occurrence core: column name and getter.
const COLUMNS = [
  ['catalogNumber', (r) => r.barcode],
  ['recordedBy', (r) => r.recordedBy],
  ['recordNumber', (r) => r.recordNumber],
  ['eventDate', (r) => (r.eventDate ? r.eventDate.toISOString().slice(0, 10) : '')],
  ['family', (r) => r.family || ''],
  ['scientificName', (r) => r.scientificName],
  ['countryCode', (r) => r.countryCode],
  ['locality', (r) => r.locality],
  ['habitat', (r) => r.habitat],
  ['decimalLatitude', (r) => r.decimalLatitude],
  ['decimalLongitude', (r) => r.decimalLongitude],
  ['minimumElevationInMeters', (r) => (r.elevation === null ? '' : r.elevation)],
  ['associatedOccurrences', (r) => (r.duplicateOf ? `duplicate of ${r.duplicateOf}` : '')],
  ['occurrenceRemarks', (r) => r.issues.join('|')],
];

function occurrenceRows(records) {
  const rows = [COLUMNS.map((c) => c[0]).join('\t')];
  for (const r of records) {
    const cells = [];
    for (const [, get] of COLUMNS) cells.push(String(get(r)).replace(/[\t\n]/g, ' '));
    rows.push(cells.join('\t'));
  }
  return rows.join('\n') + '\n';
}

module.exports = { occurrenceRows };
