'use strict';

const TOKEN_SPLIT = /[\s,;]+/;

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parseQuery(params) {
  const text = (params.get('q') || '').trim();
  const terms = text ? text.split(TOKEN_SPLIT).filter(Boolean).slice(0, 4) : [];
  const from = params.has('from') ? Number(params.get('from')) : -Infinity;
  const to = params.has('to') ? Number(params.get('to')) : Infinity;
  return {
    terms,
    family: params.get('family') || null,
    collector: params.get('collector') || null,
    from,
    to,
    typesOnly: params.get('types') === '1',
    limit: Math.min(Number(params.get('limit')) || 20, 100),
  };
}

function termMatches(specimen, term) {
  const pattern = new RegExp('(?:^|[\\s,.])' + escapeRegExp(term), 'i');
  return pattern.test(specimen.scientificName) || pattern.test(specimen.locality) || pattern.test(specimen.habitat);
}

function matchesSpecimen(specimen, query) {
  if (query.family && specimen.family !== query.family) return false;
  if (query.collector && specimen.collector !== query.collector) return false;
  if (query.typesOnly && !specimen.typeStatus) return false;
  const year = specimen.collected.getUTCFullYear();
  if (year < query.from || year > query.to) return false;
  for (let i = 0; i < query.terms.length; i++) {
    if (!termMatches(specimen, query.terms[i])) return false;
  }
  return true;
}

module.exports = { parseQuery, matchesSpecimen, escapeRegExp };
