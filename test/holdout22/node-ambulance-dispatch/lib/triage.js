'use strict';

const { codeFor, UnknownTermError, PHRASES } = require('./vocabulary');

const TOKEN_SPLIT = /[^a-z]+/;
const STOPWORDS = new Set(['a', 'an', 'the', 'and', 'is', 'i', 'he', 'she', 'it', 'we', 'they', 'has', 'have',
  'been', 'with', 'of', 'on', 'in', 'to', 'my', 'his', 'her', 'are', 'am', 'be', 'there', 'yes', 'please',
  'for', 'about', 'all', 'at', 'by', 'was', 'from', 'one', 'no', 'can', 'this', 'that', 'like', 'hello', 'hi',
  'ambulance', 'urgent', 'sorry', 'calling', 'come', 'quickly', 'need', 'years', 'old', 'ago', 'minutes', 'him',
  'them', 'very', 'and', 'or', 'any', 'anything', 'here', 'see', 'an', 'our', 'your', 'me']);

// Response categories and the standard the trust reports against (minutes).
const CATEGORIES = {
  1: { label: 'life-threatening', meanTarget: 7, p90Target: 15 },
  2: { label: 'emergency', meanTarget: 18, p90Target: 40 },
  3: { label: 'urgent', meanTarget: 60, p90Target: 120 },
  4: { label: 'less urgent', meanTarget: 120, p90Target: 180 },
};

function extractFindings(transcript) {
  const tokens = transcript.toLowerCase().split(TOKEN_SPLIT).filter(Boolean);
  const findings = [];
  const unmatched = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    const third = tokens[i + 2];
    if (next && PHRASES.has(`${token} ${next}`)) {
      findings.push(codeFor(`${token} ${next}`));
      i += 1;
      continue;
    }
    if (next && third && PHRASES.has(`${token} ${next} ${third}`)) {
      findings.push(codeFor(`${token} ${next} ${third}`));
      i += 2;
      continue;
    }
    if (STOPWORDS.has(token)) continue;
    try {
      findings.push(codeFor(token));
    } catch (err) {
      if (!(err instanceof UnknownTermError)) throw err;
      unmatched.push(token);
    }
  }
  return { findings, unmatched };
}

function determineCategory(findings, patient) {
  const codes = new Set(findings.map((f) => f.code));
  const maxSeverity = findings.reduce((m, f) => Math.max(m, f.severity), 0);
  const total = findings.reduce((s, f) => s + f.severity, 0);
  if (codes.has('RESP-ARREST') || codes.has('CHOKING') || (codes.has('UNCONSCIOUS') && codes.has('UNRESPONSIVE'))) {
    return { category: 1, determinant: 'ARREST-OR-AIRWAY' };
  }
  if (codes.has('ANAPHYLAXIS') && codes.has('AIRWAY')) return { category: 1, determinant: 'ANAPHYLAXIS-AIRWAY' };
  if (codes.has('CHEST-PAIN') || (codes.has('DYSARTHRIA') && codes.has('FACIAL-DROOP'))) {
    return { category: 2, determinant: codes.has('CHEST-PAIN') ? 'CARDIAC' : 'STROKE' };
  }
  if (maxSeverity >= 7 || total >= 14) return { category: 2, determinant: 'HIGH-ACUITY' };
  const elderly = patient.age >= 75;
  if (codes.has('FALL') && elderly) return { category: 3, determinant: 'FALL-ELDERLY' };
  if (maxSeverity >= 4 || (elderly && total >= 5)) return { category: 3, determinant: 'URGENT' };
  return { category: 4, determinant: 'ROUTINE' };
}

class TriageStage {
  constructor(bus) {
    this.bus = bus;
    this.unmatchedTerms = new Map();
  }

  handle(located) {
    const { findings, unmatched } = extractFindings(located.transcript);
    for (const term of unmatched) this.unmatchedTerms.set(term, (this.unmatchedTerms.get(term) || 0) + 1);
    const { category, determinant } = located.duplicateOf
      ? { category: 4, determinant: 'DUPLICATE-CALL' }
      : determineCategory(findings, located.patient);
    const audit = located.audit.concat({
      stage: 'triage',
      at: located.receivedAt + 90000,
      note: `${determinant} → C${category} (${findings.length} findings)`,
    });
    this.bus.publish('incident.triaged', {
      ...located,
      findings: findings.map((f) => ({ code: f.code, severity: f.severity, term: f.term })),
      category,
      categoryLabel: CATEGORIES[category].label,
      determinant,
      audit,
    });
  }
}

module.exports = { TriageStage, CATEGORIES, extractFindings };
