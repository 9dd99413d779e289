'use strict';

const crypto = require('crypto');

class StatementWriter {
  constructor(headsByCode, yearLabel) {
    this.headsByCode = headsByCode;
    this.yearLabel = yearLabel;
    this.money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
    this.percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
  }

  pounds(pence) {
    return this.money.format(pence / 100);
  }

  render(result) {
    const { unit } = result;
    const out = [];
    out.push(`SERVICE CHARGE YEAR END CERTIFICATE ${this.yearLabel}`);
    out.push(`${unit.leaseholder} - flat ${unit.id}, floor ${unit.floor}, ${unit.areaSqm} sq m`);
    out.push('');
    out.push(`${'Cost head'.padEnd(26)}${'Budget'.padStart(14)}${'Actual'.padStart(14)}${'Variance'.padStart(14)}${'Var %'.padStart(9)}`);
    for (const line of result.lines) {
      const name = this.headsByCode.get(line.code).name;
      const varPct = line.budget === 0 ? '' : this.percent.format(line.variance / line.budget);
      out.push(`${name.padEnd(26)}${this.pounds(line.budget).padStart(14)}${this.pounds(line.actual).padStart(14)}` +
        `${this.pounds(line.variance).padStart(14)}${varPct.padStart(9)}`);
    }
    out.push('');
    out.push(`${'Reserve fund contribution'.padEnd(26)}${this.pounds(result.reserve).padStart(42)}`);
    out.push(`${'Paid on account'.padEnd(26)}${this.pounds(result.paid).padStart(42)}`);
    out.push(result.balance > 0
      ? `Balancing charge due within 28 days: ${this.pounds(result.balance)}`
      : `Credit to be applied to next demand: ${this.pounds(-result.balance)}`);
    const text = out.join('\n') + '\n';
    const digest = crypto.createHash('sha256').update(text).digest('hex');
    return { unitId: unit.id, text: `${text}Document reference ${digest.slice(0, 16)}\n`, digest };
  }
}

module.exports = { StatementWriter };
