'use strict';
// Normalisation of catalogue records coming from the collections management system.
const path = require('path');

const STOPWORDS = new Set(['the', 'of', 'a', 'an', 'and', 'with', 'in', 'on', 'by', 'for', 'to', 'from']);
const DATE_RE = /^(c\.\s*)?(\d{3,4})(?:\s*-\s*(\d{2,4}))?$/;

function loadEnricher(objectType) {
  const modulePath = path.join(__dirname, 'enrichers', objectType + '.js');
  if (process.env.NODE_ENV !== 'production') delete require.cache[modulePath]; // pick up curator edits
  return require(modulePath);
}

function parseDating(text) {
  const m = DATE_RE.exec(text.trim());
  if (!m) return { earliest: null, latest: null, circa: false };
  const earliest = Number(m[2]);
  let latest = earliest;
  if (m[3]) latest = m[3].length < m[2].length ? Number(m[2].slice(0, m[2].length - m[3].length) + m[3]) : Number(m[3]);
  return { earliest, latest, circa: Boolean(m[1]) };
}

function searchTokens(record) {
  const text = `${record.title} ${record.maker} ${record.description}`.toLowerCase();
  const tokens = new Map();
  for (const word of text.split(/[^a-z0-9]+/)) {
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    tokens.set(word, (tokens.get(word) || 0) + 1);
  }
  return [...tokens.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 24).map(e => e[0]);
}

function accessionValid(acc) {
  // e.g. "1998.214.7" - year, lot, item
  const parts = acc.split('.');
  return parts.length === 3 && parts.every(p => /^\d+$/.test(p)) && Number(parts[0]) >= 1850;
}

function normalise(record) {
  const enrich = loadEnricher(record.objectType);
  return {
    accession: record.accession,
    accessionOk: accessionValid(record.accession),
    title: record.title.trim(),
    maker: record.maker || 'Unknown maker',
    dating: parseDating(record.dated),
    tokens: searchTokens(record),
    details: enrich(record),
  };
}

module.exports = { normalise };
