'use strict';

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function redactOwnerDetails(notes, owner, pet) {
  let clean = notes;
  const nameTerms = [owner.firstName, owner.surname];
  for (const term of nameTerms) {
    const re = new RegExp(`\\b${escapeRegExp(term)}(?:'s)?\\b`, 'gi');
    clean = clean.replace(re, '[owner]');
  }
  const emailRe = new RegExp(escapeRegExp(owner.email).replace('@', '\\s*(?:@|\\(at\\))\\s*'), 'gi');
  clean = clean.replace(emailRe, '[email]');
  const phoneDigits = owner.phone.replace(/\D/g, '');
  const phoneRe = new RegExp(phoneDigits.split('').join('[\\s-]?'), 'g');
  clean = clean.replace(phoneRe, '[phone]');
  const chipRe = new RegExp(`\\b${pet.microchip.slice(0, 3)}\\s?${pet.microchip.slice(3)}\\b`, 'g');
  clean = clean.replace(chipRe, '[chip]');
  const postcodeRe = new RegExp(`\\b${escapeRegExp(owner.postcode).replace(' ', '\\s*')}\\b`, 'gi');
  clean = clean.replace(postcodeRe, '[postcode]');
  return clean;
}

module.exports = { redactOwnerDetails };
