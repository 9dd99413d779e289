'use strict';

class UnknownTermError extends Error {
  constructor(term) {
    super(`no clinical code for "${term}"`);
    this.name = 'UnknownTermError';
    this.term = term;
  }
}

// Lay terms callers use, mapped to a finding code and a severity weight
// (0-10) used by the triage determinant.
const FINDINGS = [
  ['not breathing', 'RESP-ARREST', 10], ['breathing', 'RESP', 5], ['lips', 'CYANOSIS', 6], ['blue', 'CYANOSIS', 6],
  ['collapsed', 'COLLAPSE', 7], ['unconscious', 'UNCONSCIOUS', 9], ['wake', 'UNRESPONSIVE', 8],
  ['chest pain', 'CHEST-PAIN', 7], ['arm', 'RADIATING-PAIN', 4], ['sweaty', 'DIAPHORESIS', 4],
  ['fell', 'FALL', 3], ['fall', 'FALL', 3], ['head', 'HEAD-INJURY', 4], ['bleeding', 'HAEMORRHAGE', 5],
  ['heavy bleeding', 'MAJOR-HAEMORRHAGE', 8], ['slurred', 'DYSARTHRIA', 7], ['drooping', 'FACIAL-DROOP', 7],
  ['seizure', 'SEIZURE', 6], ['fitting', 'SEIZURE', 6], ['overdose', 'OVERDOSE', 6], ['tablets', 'INGESTION', 3],
  ['allergic reaction', 'ANAPHYLAXIS', 7], ['swelling', 'ANGIOEDEMA', 5], ['throat', 'AIRWAY', 6],
  ['labour', 'LABOUR', 5], ['waters', 'MEMBRANE-RUPTURE', 4], ['hip', 'HIP-INJURY', 4], ['vomiting', 'VOMITING', 2],
  ['pale', 'PALLOR', 3], ['dizzy', 'DIZZINESS', 2], ['cut', 'LACERATION', 3], ['burns', 'BURN', 4],
  ['choking', 'CHOKING', 9], ['abdominal pain', 'ABDO-PAIN', 4], ['temperature', 'PYREXIA', 2],
  ['confused', 'CONFUSION', 4], ['cold', 'HYPOTHERMIA', 4], ['hit by a car', 'RTC-PEDESTRIAN', 7],
  ['leg pain', 'LIMB-INJURY', 3], ['diabetic', 'DIABETES', 1], ['blood thinners', 'ANTICOAGULATED', 2],
];

const TERMS = new Map();
const PHRASES = new Set();
for (const [term, code, severity] of FINDINGS) {
  TERMS.set(term, { term, code, severity });
  if (term.includes(' ')) PHRASES.add(term);
}

function stem(word) {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('s')) return word.slice(0, -1);
  return word;
}

function codeFor(term) {
  const entry = TERMS.get(term) || TERMS.get(stem(term));
  if (!entry) throw new UnknownTermError(term);
  return entry;
}

module.exports = { codeFor, UnknownTermError, PHRASES };
