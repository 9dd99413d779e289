'use strict';

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'by', 'with', 'and', 'to', 'in']);
const TOKEN_SPLIT = /[^a-z0-9]+/;
const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;

function escapeRegExp(text) {
  return text.replace(REGEX_SPECIALS, '\\$&');
}

function tokenizeQuery(q) {
  if (!q) return [];
  return q
    .toLowerCase()
    .split(TOKEN_SPLIT)
    .filter((t) => t.length > 1 && !STOP_WORDS.has(t))
    .slice(0, 4);
}

// Word-prefix match so "etch" finds "etching" and "Etched".
function lotMatchesTerm(lot, term) {
  const matcher = new RegExp(`\\b${escapeRegExp(term)}`, 'i');
  return matcher.test(lot.title) || matcher.test(lot.artist) || matcher.test(lot.description);
}

class LotSearch {
  constructor(catalog) {
    this.catalog = catalog;
  }

  search({ q, category, maxEstimate, limit = 10 }) {
    const terms = tokenizeQuery(q);
    const pool = category ? this.catalog.byCategory.get(category) || [] : this.catalog.lots;
    const hits = [];
    for (const lot of pool) {
      if (maxEstimate && lot.estimateLow > maxEstimate) continue;
      let score = 0;
      for (const term of terms) {
        if (lotMatchesTerm(lot, term)) score += term.length;
      }
      if (terms.length === 0 || score > 0) {
        hits.push({ lot, score: score + lot.bids.length * 0.25 });
      }
    }
    hits.sort((a, b) => b.score - a.score || a.lot.number - b.lot.number);
    const highlighter = buildHighlighter(terms);
    return {
      total: hits.length,
      results: hits.slice(0, limit).map((h) => ({ lot: h.lot, score: h.score, snippet: highlighter(h.lot.description) })),
    };
  }
}

function buildHighlighter(terms) {
  if (terms.length === 0) return (text) => text.slice(0, 140);
  const re = new RegExp(`\\b(${terms.map(escapeRegExp).join('|')})\\w*`, 'gi');
  return (text) => {
    const marked = text.replace(re, '<em>$&</em>');
    return marked.length > 180 ? `${marked.slice(0, 177)}...` : marked;
  };
}

module.exports = { LotSearch, tokenizeQuery };
