'use strict';

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function queryTerms(q) {
  return String(q || '')
    .toLowerCase()
    .split(/[\s,+]+/)
    .filter((t) => t.length > 1);
}

// Scores one exhibition against the visitor's query. Keywords may contain
// spaces or punctuation ("pop art", "ukiyo-e"), so we match on word boundaries.
function relevance(exhibition, terms) {
  const keywordPattern = new RegExp(`\\b(?:${exhibition.keywords.map(escapeRegExp).join('|')})\\b`, 'i');
  let score = 0;
  for (const term of terms) {
    if (keywordPattern.test(term)) score += 2;
    if (exhibition.titleLower.includes(term)) score += 3;
  }
  return score;
}

function searchExhibitions(catalog, q, { date, limit = 10 } = {}) {
  const terms = queryTerms(q);
  if (terms.length === 0) return [];
  const hits = [];
  for (const ex of catalog.exhibitions) {
    const score = relevance(ex, terms);
    if (score === 0) continue;
    let openSlots = 0;
    let remaining = 0;
    const day = date ? ex.days.find((d) => d.date === date) : ex.days[0];
    if (day) {
      for (const slot of day.slots) {
        const left = slot.capacity - slot.sold;
        if (left > 0) {
          openSlots++;
          remaining += left;
        }
      }
    }
    hits.push({ ex, score: score + ex.popularity, openSlots, remaining });
  }
  hits.sort((a, b) => b.score - a.score || b.remaining - a.remaining);
  return hits.slice(0, limit);
}

module.exports = { searchExhibitions, queryTerms };
