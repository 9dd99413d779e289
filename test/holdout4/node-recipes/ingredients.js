'use strict';

const LINE_RE = /^(\d+(?:\.\d+)?)\s+(g|kg|ml|l|tbsp|tsp|cup)\s+([^,]+)(?:,\s*(.*))?$/;
const TO_GRAMS = { g: 1, kg: 1000, ml: 1, l: 1000, tbsp: 15, tsp: 5, cup: 240 };

function escapeForPattern(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function identify(label, catalog) {
  for (const entry of catalog) {
    const names = [entry.name, ...entry.aliases].map(escapeForPattern).join('|');
    const matcher = new RegExp(`\\b(?:${names})\\b`, 'i');
    if (matcher.test(label)) return entry;
  }
  return null;
}

function parseLine(line, catalog) {
  const m = LINE_RE.exec(line);
  if (!m) return null;
  const [, qty, unit, label, note] = m;
  const entry = identify(label.trim(), catalog);
  return {
    grams: Number(qty) * TO_GRAMS[unit],
    unit,
    label: label.trim(),
    note: note || '',
    ingredient: entry,
  };
}

module.exports = { parseLine };
