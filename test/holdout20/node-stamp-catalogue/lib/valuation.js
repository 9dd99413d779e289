'use strict';

const { appraise } = require('./grading');
const { checkPerforation } = require('./perforation');

function lookupEntry(entries, item) {
  return entries.find((e) => e.number === item.number && e.country === item.country && e.variety === item.variety);
}

// Values every inventory row against the reference catalogue.
function valueCollection(catalogue, items) {
  const valued = [];
  const unmatched = [];
  const suspect = [];
  for (const [index, item] of items.entries()) {
    const entry = lookupEntry(catalogue.entries, item);
    if (!entry) {
      unmatched.push(item);
      continue;
    }
    const perforation = checkPerforation(entry, item, 9000 + index);
    if (!perforation.matches) suspect.push({ item, perforation });
    const { grade, value } = appraise(entry, item);
    valued.push({ item, entry, grade, value: perforation.matches ? value : Math.round(value * 0.1 * 100) / 100 });
  }
  return { valued, unmatched, suspect };
}

module.exports = { valueCollection };
