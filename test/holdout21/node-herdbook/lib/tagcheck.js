'use strict';

function escapeForPattern(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Movement rules require the remarks on a registration to quote the
// animal's own official ear tag (with or without spaces). Registrations
// that quote some other tag are queried with the breeder.
function remarksQuoteOwnTag(animal) {
  const spaced = escapeForPattern(animal.tag).replace(/ /g, ' ?');
  return new RegExp(`(?:^|[\\s:])${spaced}(?=[\\s.,;]|$)`).test(animal.remarks);
}

function quotesAnyTag(remarks) {
  return /UK ?\d{6} ?\d{6}/.test(remarks);
}

function classifyRemarks(animal) {
  if (!quotesAnyTag(animal.remarks)) return 'no-tag';
  return remarksQuoteOwnTag(animal) ? 'ok' : 'query';
}

module.exports = { classifyRemarks };
