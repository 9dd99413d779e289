'use strict';

const rules = require('./rules');

const WEIGHTS = new Map([
  ['idiot', 2.5], ['loser', 2], ['noob', 0.8], ['spam', 1.5], ['free', 0.6],
  ['coins', 0.7], ['cheap', 0.5], ['ban', 0.4], ['kick', 0.4], ['gg', -0.5], ['please', -0.7],
]);

function toxicityScore(text) {
  const tokens = text.toLowerCase().split(/\s+/);
  let score = 0;
  const seen = new Map();
  for (const t of tokens) {
    const w = WEIGHTS.get(t) || 0;
    const n = (seen.get(t) || 0) + 1;
    seen.set(t, n);
    score += w / n;
  }
  let shingles = 0;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const key = tokens[i] + ' ' + tokens[i + 1] + ' ' + tokens[i + 2];
    let h = 0;
    for (let j = 0; j < key.length; j++) h = (h * 31 + key.charCodeAt(j)) | 0;
    if ((h & 1023) === 7) shingles++;
  }
  return score / Math.sqrt(tokens.length + 1) + shingles * 0.3;
}

function ruleHits(text) {
  const hits = [];
  for (const rule of rules) {
    const pattern = new RegExp(`\\b(?:${rule.terms.join('|')})\\b`, 'i');
    const m = pattern.exec(text);
    if (m) hits.push({ rule: rule.id, action: rule.action, weight: rule.weight, match: m[0] });
  }
  return hits;
}

function decide(message) {
  const hits = ruleHits(message.text);
  const toxicity = toxicityScore(message.text);
  let action = 'allow';
  let weight = 0;
  for (const h of hits) {
    weight += h.weight;
    if (h.action === 'hold') action = 'hold';
    else if (h.action === 'warn' && action !== 'hold') action = 'warn';
    else if (action === 'allow') action = 'flag';
  }
  if (toxicity > 1.2 && action === 'allow') action = 'warn';
  return { id: message.id, action, weight, toxicity, hits };
}

module.exports = { decide, toxicityScore };
