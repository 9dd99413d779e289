'use strict';

const HEADER_FIELDS = new Set(['ID', 'SLUG', 'VERSION', 'PRIORITY', 'CITY', 'FILED', 'KEYWORDS', 'HEADLINE', 'BYLINE']);
const ALERT_PREFIXES = ['URGENT: ', 'UPDATE: ', 'WRITETHRU: '];

function splitMessages(text) {
  const messages = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('ZCZC\n', from);
    if (start < 0) break;
    const end = text.indexOf('\nNNNN', start);
    if (end < 0) break;
    messages.push(text.slice(start + 5, end));
    from = end + 5;
  }
  return messages;
}

function parseMessage(raw) {
  const blank = raw.indexOf('\n\n');
  const head = raw.slice(0, blank);
  const body = raw.slice(blank + 2);
  const fields = {};
  for (const line of head.split('\n')) {
    const colon = line.indexOf(': ');
    if (colon < 0) continue;
    const key = line.slice(0, colon);
    if (HEADER_FIELDS.has(key)) fields[key] = line.slice(colon + 2);
  }
  let headline = fields.HEADLINE || '';
  let alert = null;
  for (const prefix of ALERT_PREFIXES) {
    if (headline.startsWith(prefix)) {
      alert = prefix.slice(0, -2);
      headline = headline.slice(prefix.length);
    }
  }
  return {
    id: fields.ID,
    slug: fields.SLUG,
    version: Number(fields.VERSION),
    priority: Number(fields.PRIORITY),
    city: fields.CITY,
    filed: Date.parse(fields.FILED),
    keywords: (fields.KEYWORDS || '').split(',').filter(Boolean),
    headline,
    alert,
    byline: fields.BYLINE,
    paragraphs: body.split('\n\n'),
    raw, // kept for the corrections audit trail
  };
}

module.exports = { splitMessages, parseMessage };
