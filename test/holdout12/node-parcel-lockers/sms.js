'use strict';

// Recipients often reply to the notification SMS with something like
// "hi, this is Anna Nowak, can you keep parcel 482913 another day?".
// We try to figure out which waiting parcels the message is about.

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parcelsMentioned(parcels, text) {
  const hits = [];
  for (const p of parcels) {
    const mention = new RegExp(`\\b(?:${escapeRegExp(p.recipient.name)}|${p.tracking.slice(-6)})\\b`, 'iu');
    if (mention.test(text)) hits.push(p);
  }
  return hits;
}

const EXTEND_WORDS = /\b(?:extend|keep|another day|later|tomorrow)\b/i;
const RETURN_WORDS = /\b(?:return|refuse|send back|not mine)\b/i;

function classifyIntent(text) {
  if (RETURN_WORDS.test(text)) return 'return';
  if (EXTEND_WORDS.test(text)) return 'extend';
  return 'other';
}

module.exports = { parcelsMentioned, classifyIntent };
