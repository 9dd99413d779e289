'use strict';
// Wraps query terms found in a product's text with <mark> tags.

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function highlightText(text, terms) {
  let out = text;
  for (const term of terms) {
    const matcher = new RegExp(`\\b(${escapeRegExp(term)}[a-z]{0,3})\\b`, 'gi');
    out = out.replace(matcher, '<mark>$1</mark>');
  }
  return out;
}

function snippet(description, terms, width = 160) {
  const lower = description.toLowerCase();
  let at = -1;
  for (const t of terms) {
    at = lower.indexOf(t);
    if (at >= 0) break;
  }
  const start = Math.max(0, at - width / 2);
  return description.slice(start, start + width);
}

function highlightHit(product, terms) {
  return {
    title: highlightText(product.title, terms),
    snippet: highlightText(snippet(product.description, terms), terms),
    tags: product.tags.map((tag) => highlightText(tag, terms)),
    brand: highlightText(product.brand, terms),
  };
}

module.exports = { highlightHit };
