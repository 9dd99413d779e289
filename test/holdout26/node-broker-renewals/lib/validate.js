'use strict';

// Field rules come from each insurer's panel configuration (reference formats differ per insurer).
function validateRecord(record, insurersByCode) {
  const problems = [];
  const insurer = insurersByCode.get(record.insurer);
  if (!insurer) return [`unknown insurer ${record.insurer}`];
  for (const rule of insurer.fieldRules) {
    const value = record[rule.field];
    const re = new RegExp(rule.pattern, rule.flags || '');
    if (value === undefined || !re.test(value)) problems.push(`${rule.message}: ${rule.field}=${value}`);
  }
  if (Number(record.renewal_premium) > Number(record.expiring_premium) * 3) problems.push('renewal premium more than triples expiring');
  return problems;
}

module.exports = { validateRecord };
