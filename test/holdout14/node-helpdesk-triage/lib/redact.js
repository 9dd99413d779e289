'use strict';

// Masks personal data before a ticket body is stored or shown to agents.
const RULES = [
  { name: 'email', re: /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi, mask: '[email]' },
  { name: 'card', re: /\b(?:\d[ -]?){13,16}\b/g, mask: '[card]' },
  { name: 'iban', re: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}\b/g, mask: '[iban]' },
  { name: 'phone', re: /\+?\d{2,3}[ /-]?\d{3,4}[ /-]?\d{4,6}\b/g, mask: '[phone]' },
];

function redactPii(text) {
  const found = [];
  let out = text;
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    if (rule.re.test(out)) {
      rule.re.lastIndex = 0;
      out = out.replace(rule.re, rule.mask);
      found.push(rule.name);
    }
  }
  return { text: out, found };
}

module.exports = { redactPii };
