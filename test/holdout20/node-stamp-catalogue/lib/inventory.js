'use strict';

const { createRng } = require('./rng');

// The collection as typed in from the album pages: one row per physical stamp.
function readAlbumInventory(catalogue, count, seed) {
  const rng = createRng(seed);
  const items = [];
  const entries = catalogue.entries;
  for (let i = 0; i < count; i++) {
    const ref = entries[Math.floor(Math.pow(rng.next(), 1.4) * entries.length)];
    items.push({
      album: `A${1 + (i % 24)}`,
      page: 1 + Math.floor(i / 40) % 60,
      country: ref.country,
      number: ref.number,
      variety: ref.variety,
      used: rng.next() < 0.62,
      centering: rng.int(40, 100),
      gum: rng.pick(['OG', 'OG', 'LH', 'HH', 'NG', 'RG']),
      faults: rng.next() < 0.18 ? rng.pick(['thin', 'crease', 'short perf', 'toning', 'repaired']) : null,
      cancel: rng.pick(['CDS', 'numeral', 'pen', 'parcel', 'socked-on-nose', null]),
    });
  }
  return items;
}

module.exports = { readAlbumInventory };
