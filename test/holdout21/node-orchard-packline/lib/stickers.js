'use strict';

// Sticker rules from the retailer's labelling spec: the PLU sticker printed
// on each fruit must carry the variety code, a two digit size code and the
// grower code. Rules are checked in order; the first that matches decides
// the retail programme the fruit is eligible for.
const STICKER_RULES = [
  { programme: 'premium-gala', variety: 'GAL', growers: 'G0[1-4]', sizes: [70, 99] },
  { programme: 'standard-gala', variety: 'GAL', growers: 'G0[1-8]', sizes: [10, 99] },
  { programme: 'braeburn-loose', variety: 'BRA', growers: 'G0[2-8]', sizes: [10, 99] },
  { programme: 'granny-bagged', variety: 'GRS', growers: 'G0[1-8]', sizes: [10, 69] },
  { programme: 'granny-loose', variety: 'GRS', growers: 'G0[1-8]', sizes: [70, 99] },
  { programme: 'pink-lady-club', variety: 'PLA', growers: 'G0[135]', sizes: [10, 99] },
  { programme: 'pink-lady-value', variety: 'PLA', growers: 'G0[1-8]', sizes: [10, 99] },
  { programme: 'fuji-premium', variety: 'FUJ', growers: 'G0[6-8]', sizes: [60, 99] },
  { programme: 'fuji-standard', variety: 'FUJ', growers: 'G0[1-8]', sizes: [10, 99] },
  { programme: 'cox-heritage', variety: 'COX', growers: 'G0[1-8]', sizes: [10, 99] },
];

for (const rule of STICKER_RULES) {
  rule.pattern = new RegExp(`^${rule.variety}(\\d{2})-(${rule.growers})$`);
}

function stickerMatches(rule, sticker) {
  const m = rule.pattern.exec(sticker);
  if (!m) return false;
  const size = Number(m[1]);
  return size >= rule.sizes[0] && size <= rule.sizes[1];
}

function retailProgramme(fruit) {
  for (const rule of STICKER_RULES) {
    if (stickerMatches(rule, fruit.sticker)) return rule.programme;
  }
  return 'unassigned';
}

module.exports = { retailProgramme, STICKER_RULES };
