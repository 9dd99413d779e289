'use strict';

function escapeForPattern(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function normaliseDate(value, provider) {
  const m = new RegExp(provider.datePattern).exec(value);
  if (!m) return null;
  return provider.dateOrder === 'dmy' ? `${m[3]}-${m[2]}-${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

// Parses one page of a provider's delimited rate feed into rate rows.
function parseRatePage(text, provider) {
  const lines = text.split('\n');
  const header = lines[0].split(provider.delimiter);
  const rows = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].split(new RegExp('\\s*' + escapeForPattern(provider.delimiter) + '\\s*'));
    if (cells.length !== header.length) continue;
    const raw = {};
    for (let c = 0; c < header.length; c++) raw[header[c]] = cells[c];
    const effective = normaliseDate(raw[provider.dateField], provider);
    if (!effective) continue;
    rows.push({
      provider: provider.code, product: raw.product, age: Number(raw.age), sex: raw.sex, district: raw.district,
      potBand: raw.potBand, escalation: raw.escalation, guarantee: Number(raw.guarantee), health: raw.health,
      rate: Number(raw.rate), effective,
    });
  }
  return rows;
}

module.exports = { parseRatePage };
