'use strict';

const DATE_STYLE = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };

function formatCollectionDate(date) {
  return date.toLocaleDateString('en-GB', DATE_STYLE);
}

function specimenCard(specimen) {
  return {
    id: specimen.id,
    name: specimen.scientificName,
    family: specimen.family,
    collector: specimen.collector,
    collected: formatCollectionDate(specimen.collected),
    locality: specimen.locality,
    habitat: specimen.habitat,
    elevation: `${specimen.elevation} m`,
    sheets: specimen.sheets,
    typeStatus: specimen.typeStatus,
    citation: `${specimen.collector} s.n. (${specimen.id})`,
  };
}

function searchPage(query, result) {
  return {
    query: { terms: query.terms, family: query.family, collector: query.collector },
    matched: result.matched,
    returned: result.hits.length,
    results: result.hits.map(specimenCard),
  };
}

function summaryRows(rows) {
  return rows.map((r) => ({
    family: r.family,
    specimens: r.specimens,
    types: r.types,
    span: `${r.oldest.getUTCFullYear()}–${r.newest.getUTCFullYear()}`,
  }));
}

module.exports = { specimenCard, searchPage, summaryRows, formatCollectionDate };
