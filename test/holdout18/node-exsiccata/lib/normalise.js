'use strict';

const { COUNTRIES } = require('./sheets');

const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const TEXT_DATE = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/;
const YEAR_ONLY = /^(\d{4})$/;
const INVERTED_NAME = /^([^,]+),\s*(.+)$/;

function parseCollectionDate(text) {
  let m;
  if ((m = ISO_DATE.exec(text))) return { date: new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])), precision: 'day' };
  if ((m = SLASH_DATE.exec(text))) return { date: new Date(Date.UTC(+m[3], +m[2] - 1, +m[1])), precision: 'day' };
  if ((m = TEXT_DATE.exec(text))) return { date: new Date(Date.UTC(+m[3], MONTHS[m[2].toLowerCase()] - 1, +m[1])), precision: 'day' };
  if ((m = YEAR_ONLY.exec(text))) return { date: new Date(Date.UTC(+m[1], 0, 1)), precision: 'year' };
  return null;
}

function canonicalCollector(text) {
  const m = INVERTED_NAME.exec(text);
  return m ? `${m[2].trim()} ${m[1].trim()}` : text.trim();
}

class SheetNormaliser {
  constructor(taxa, log) {
    this.log = log;
    this.taxa = new Map(taxa.map((t) => [t.name.toLowerCase(), t]));
    this.rejected = [];
  }

  normalise(fields) {
    const [barcode, collector, number, dateText, taxonText, country, locality, habitat, lat, lon, elevation] = fields;
    const taxon = this.taxa.get(taxonText.toLowerCase());
    const when = parseCollectionDate(dateText);
    const rec = {
      barcode,
      recordedBy: canonicalCollector(collector),
      recordNumber: Number(number),
      eventDate: when ? when.date : null,
      datePrecision: when ? when.precision : null,
      family: taxon ? taxon.family : null,
      scientificName: taxon ? taxon.name : taxonText,
      countryCode: country,
      locality,
      habitat,
      decimalLatitude: Number(lat),
      decimalLongitude: Number(lon),
      elevation: elevation === '' ? null : Number(elevation),
      issues: [],
    };
    if (!taxon) rec.issues.push('taxon-not-in-checklist');
    if (!when) rec.issues.push('unparsed-date');
    const box = COUNTRIES[country];
    if (!box || rec.decimalLatitude < box.lat[0] || rec.decimalLatitude > box.lat[1] ||
        rec.decimalLongitude < box.lon[0] || rec.decimalLongitude > box.lon[1]) {
      rec.issues.push('coordinates-outside-country');
    }
    this.log.debug(`normalised sheet ${barcode} from ${JSON.stringify(fields)}: ${JSON.stringify(rec, null, 2)}`);
    if (rec.issues.length) this.rejected.push(barcode);
    return rec;
  }
}

module.exports = { SheetNormaliser, parseCollectionDate };
