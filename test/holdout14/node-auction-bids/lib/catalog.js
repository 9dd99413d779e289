'use strict';

const { mulberry32, pick, intBetween } = require('./rng');

const CATEGORIES = ['paintings', 'prints', 'silver', 'ceramics', 'furniture', 'clocks', 'jewellery', 'sculpture'];
const ARTISTS = [
  'J. Marsh', 'Adelaide Crewe', 'Tomas Rieger', 'Workshop of Hollis', 'Mireille Danton', 'Elias Varga',
  'Studio Kettering', 'H. B. Oakley', 'Fenwick & Sons', 'Clara Ostrow', 'Unknown Flemish master', 'Pieter Hals',
];
const ADJECTIVES = ['fine', 'rare', 'large', 'small', 'early', 'late', 'important', 'charming', 'pair of', 'set of'];
const SUBJECTS = {
  paintings: ['landscape', 'portrait', 'still life', 'harbour scene', 'river view', 'hunting party'],
  prints: ['etching', 'lithograph', 'engraving', 'woodcut', 'mezzotint'],
  silver: ['tea service', 'candlesticks', 'salver', 'sauce boat', 'cream jug', 'tankard'],
  ceramics: ['vase', 'charger', 'tureen', 'figure group', 'dinner service', 'jardiniere'],
  furniture: ['bureau', 'side table', 'armchair', 'bookcase', 'chest of drawers', 'longcase'],
  clocks: ['mantel clock', 'bracket clock', 'carriage clock', 'regulator', 'lantern clock'],
  jewellery: ['brooch', 'ring', 'necklace', 'pendant', 'bracelet', 'tiara'],
  sculpture: ['bust', 'bronze figure', 'marble relief', 'plaster maquette', 'terracotta model'],
};
const MATERIALS = ['oil on canvas', 'walnut', 'mahogany', 'sterling silver', 'porcelain', 'bronze', 'marble', 'gold', 'paper', 'oak'];
const PERIODS = ['circa 1780', 'circa 1820', 'circa 1860', 'circa 1880', 'circa 1905', 'circa 1930', 'mid 20th century'];
const CURRENCIES = ['GBP', 'EUR', 'USD', 'CHF'];
const PROVENANCE = [
  'Private collection, Edinburgh', 'By descent in the family', 'Acquired at a country house sale',
  'From the estate of a Parisian dealer', 'Exhibited at the Royal Academy', 'Old label to reverse',
];

class AuctionCatalog {
  constructor(lots) {
    this.lots = lots;
    this.byId = new Map(lots.map((lot) => [lot.id, lot]));
    this.byCategory = new Map();
    for (const lot of lots) {
      if (!this.byCategory.has(lot.category)) this.byCategory.set(lot.category, []);
      this.byCategory.get(lot.category).push(lot);
    }
  }

  static generate({ lots, seed }) {
    const rand = mulberry32(seed);
    const out = [];
    const opensAt = Date.UTC(2024, 4, 14, 9, 0, 0);
    for (let i = 0; i < lots; i++) {
      const category = pick(rand, CATEGORIES);
      const subject = pick(rand, SUBJECTS[category]);
      const artist = pick(rand, ARTISTS);
      const low = intBetween(rand, 2, 400) * 50;
      const lot = {
        id: `L-${1000 + i}`,
        number: i + 1,
        category,
        artist,
        title: `A ${pick(rand, ADJECTIVES)} ${subject} by ${artist}`,
        description:
          `${pick(rand, PERIODS)}, ${pick(rand, MATERIALS)}. ` +
          `The ${subject} with ${pick(rand, ['minor wear', 'old restoration', 'original patina', 'light foxing', 'later frame'])}, ` +
          `${pick(rand, ['signed lower right', 'stamped to base', 'unsigned', 'bearing maker\'s mark', 'inscribed verso'])}. ` +
          `Provenance: ${pick(rand, PROVENANCE)}.`,
        estimateLow: low,
        estimateHigh: low + intBetween(rand, 1, 6) * 50,
        currency: pick(rand, CURRENCIES),
        startingBid: Math.round(low * 0.6),
        closesAt: opensAt + intBetween(rand, 1, 72) * 3600 * 1000,
        bids: [],
      };
      out.push(lot);
    }
    return new AuctionCatalog(out);
  }

  get(id) {
    return this.byId.get(id);
  }

  categories() {
    return CATEGORIES.slice();
  }
}

// Standard auction-house increment ladder.
function nextIncrement(amount) {
  if (amount < 100) return 5;
  if (amount < 500) return 10;
  if (amount < 1000) return 50;
  if (amount < 5000) return 100;
  if (amount < 20000) return 250;
  return 500;
}

module.exports = { AuctionCatalog, nextIncrement, CATEGORIES };
