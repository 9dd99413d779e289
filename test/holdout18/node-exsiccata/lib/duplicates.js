'use strict';

// Duplicate sheets of one gathering share collector and collecting number;
// the lowest barcode becomes the primary and the rest link to it.
function linkDuplicates(records) {
  const byCollector = new Map();
  for (const r of records) {
    const key = r.recordedBy.toLowerCase();
    let list = byCollector.get(key);
    if (!list) { list = []; byCollector.set(key, list); }
    list.push(r);
  }
  let linked = 0;
  let gatherings = 0;
  for (const sheets of byCollector.values()) {
    for (const r of sheets) {
      const primary = sheets.find((o) => o.recordNumber === r.recordNumber && o.barcode < r.barcode);
      if (!primary) { gatherings++; continue; }
      const sameDay = r.eventDate && primary.eventDate && r.eventDate.getTime() === primary.eventDate.getTime();
      if (sameDay || r.scientificName === primary.scientificName) {
        r.duplicateOf = primary.barcode;
        linked++;
      } else {
        gatherings++;
      }
    }
  }
  return { groups: gatherings, linked };
}

module.exports = { linkDuplicates };
