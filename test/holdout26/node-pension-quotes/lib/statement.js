'use strict';

function formatAmount(value) {
  const fmt = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });
  return fmt.format(value);
}

function pad(text, width) {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

// Renders the cash equivalent transfer value statement sent back to the member portal.
function renderStatement(quote, member, scheme) {
  const lines = [];
  lines.push(`Cash equivalent transfer value - ${scheme.name}`);
  lines.push(`Member ${member.ref}   age ${member.age}   retirement age ${scheme.normalRetirementAge}`);
  lines.push(pad('Deferred pension', 32) + formatAmount(member.deferredPension));
  lines.push(pad('of which GMP', 32) + formatAmount(member.gmp));
  lines.push('Projected pension at retirement:');
  for (const row of quote.projection) {
    if (row.year % 5 !== 0 && row.year !== quote.projection.length) continue;
    lines.push('  ' + pad('year ' + row.year, 30) + formatAmount(row.pension));
  }
  lines.push(pad('Revalued pension', 32) + formatAmount(quote.revaluedPension));
  lines.push(pad('Annuity factor', 32) + quote.factor.toFixed(3));
  lines.push(pad('Gross transfer value', 32) + formatAmount(quote.gross));
  lines.push(pad('Transfer value offered', 32) + formatAmount(quote.net));
  return lines.join('\n');
}

module.exports = { renderStatement, formatAmount };
