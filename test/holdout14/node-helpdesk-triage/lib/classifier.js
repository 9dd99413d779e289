'use strict';

const STOP_WORDS = new Set([
  'the', 'and', 'for', 'our', 'has', 'have', 'this', 'that', 'with', 'not', 'since', 'after', 'all', 'are',
  'was', 'were', 'you', 'your', 'would', 'could', 'there', 'team', 'hello', 'thanks', 'regards', 'kind', 'best',
]);
const WORD_SPLIT = /[^a-z0-9]+/;

const LEXICON = {
  billing: { charged: 3, invoice: 3, refund: 3, payment: 3, card: 2, vat: 2, subscription: 2, renewal: 1 },
  login: { login: 3, log: 1, password: 3, reset: 2, locked: 3, authentication: 3, sign: 2, codes: 1 },
  outage: { down: 4, error: 2, timing: 2, broken: 3, production: 2, server: 2, every: 1 },
  performance: { slow: 4, minutes: 2, freeze: 3, load: 2, timing: 1, export: 1 },
  integration: { webhook: 4, api: 2, import: 3, endpoint: 2, csv: 2, integration: 3 },
  feature: { option: 2, request: 2, add: 2, like: 1, schedule: 2, mode: 2, shortcuts: 2 },
  data: { records: 3, gdpr: 4, export: 2, delete: 3, merge: 2, audit: 2, personal: 2 },
};

// term -> [[category, weight], ...]
const TERM_INDEX = new Map();
for (const [category, terms] of Object.entries(LEXICON)) {
  for (const [term, weight] of Object.entries(terms)) {
    if (!TERM_INDEX.has(term)) TERM_INDEX.set(term, []);
    TERM_INDEX.get(term).push([category, weight]);
  }
}

const URGENT = new Set(['urgent', 'production', 'down', 'broken', 'demo', 'third']);

function stem(word) {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

// Bag-of-words over stemmed terms.
function buildTermVector(text) {
  return text
    .toLowerCase()
    .split(WORD_SPLIT)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w))
    .map((w) => stem(w))
    .reduce((vector, term) => ({ ...vector, [term]: (vector[term] || 0) + 1 }), {});
}

function classify(ticket, vector) {
  const scores = new Map();
  let urgency = 0;
  for (const term in vector) {
    const count = vector[term];
    const hits = TERM_INDEX.get(term);
    if (hits) {
      for (const [category, weight] of hits) scores.set(category, (scores.get(category) || 0) + weight * count);
    }
    if (URGENT.has(term)) urgency += count;
  }
  if (ticket.reporterHint) scores.set(ticket.reporterHint, (scores.get(ticket.reporterHint) || 0) + 2);
  let best = 'general';
  let bestScore = 0;
  let total = 0;
  for (const [category, score] of scores) {
    total += score;
    if (score > bestScore) {
      best = category;
      bestScore = score;
    }
  }
  return { category: best, confidence: total ? bestScore / total : 0, urgency };
}

const TIER_WEIGHT = { free: 0, standard: 1, business: 2, enterprise: 3 };

function priorityFor(ticket, verdict) {
  let p = TIER_WEIGHT[ticket.tier] + Math.min(verdict.urgency, 3);
  if (verdict.category === 'outage') p += 3;
  if (verdict.category === 'login' || verdict.category === 'billing') p += 1;
  if (p >= 7) return 'P1';
  if (p >= 5) return 'P2';
  if (p >= 3) return 'P3';
  return 'P4';
}

module.exports = { classify, priorityFor, buildTermVector };
