'use strict';
const { createRng } = require('./rng');
const { CLASSES } = require('./bordereau');

// The broker's insurer panel: reference formats and commission agreements per class and premium band.
function buildPanel() {
  const rng = createRng(1906);
  const names = ['Aviva', 'Allianz', 'AXA', 'Zurich', 'RSA', 'Hiscox', 'QBE', 'Ecclesiastical', 'NIG', 'Markel',
    'Chubb', 'Beazley', 'Tokio Marine', 'Arch', 'Covea', 'LV Broker', 'Ageas', 'Travelers'];
  const insurers = names.map((name, i) => {
    const code = name.replace(/[^A-Za-z]/g, '').slice(0, 3).toUpperCase() + i;
    const refStyle = ['alpha', 'year', 'suffix'][i % 3];
    const refPattern = refStyle === 'alpha' ? `^${code}/\\d{6}/\\d{2}$`
      : refStyle === 'year' ? `^${code}-20[2-3]\\d-\\d{6}$` : `^${code}\\d{6}[A-Z]$`;
    const fieldRules = [
      { field: 'policy_ref', pattern: refPattern, message: 'policy reference not valid for insurer' },
      { field: 'postcode', pattern: '^[A-Z]{1,2}\\d{1,2}[A-Z]? \\d[A-Z]{2}$', message: 'bad postcode' },
      { field: 'inception', pattern: '^20\\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', message: 'bad inception date' },
      { field: 'client', pattern: "^[A-Za-z0-9 &.,'()-]{2,80}$", message: 'client name not acceptable' },
      { field: 'handler', pattern: '^H\\d{1,3}$', message: 'unknown account handler' },
      { field: 'expiring_premium', pattern: '^\\d{1,9}(\\.\\d{1,2})?$', message: 'bad expiring premium' },
      { field: 'renewal_premium', pattern: '^\\d{1,9}(\\.\\d{1,2})?$', message: 'bad renewal premium' },
      { field: 'class', pattern: '^[A-Z_]{2,30}$', message: 'bad class of business' },
      { field: 'broker_fee', pattern: '^(\\d{1,7}(\\.\\d{1,2})?|TBC)?$', message: 'bad broker fee' },
      { field: 'discount', pattern: '^(\\d{1,7}(\\.\\d{1,2})?|TBC)?$', message: 'bad discount' },
      { field: 'ipt_override', pattern: '^(\\d{1,2}(\\.\\d{1,2})?|TBC)?$', message: 'bad IPT override' },
      { field: 'excess', pattern: '^(\\d{1,7}(\\.\\d{1,2})?|TBC)?$', message: 'bad excess' },
    ];
    return { code, name, refStyle, refPattern, fieldRules, iptRate: 0.12 };
  });
  const agreements = [];
  let id = 1;
  for (const ins of insurers) {
    for (const cls of CLASSES) {
      const bands = [0, 1000, 2500, 5000, 10000, 25000, 50000, 100000];
      for (let b = 0; b < bands.length - 1; b++) {
        for (const year of [2025, 2026]) {
          agreements.push({
            id: id++, insurer: ins.code, classOfBusiness: cls, year,
            minPremium: bands[b], maxPremium: bands[b + 1],
            rate: Number((0.075 + rng.next() * 0.15).toFixed(4)),
            overrider: rng.next() < 0.2 ? Number((rng.next() * 0.025).toFixed(4)) : 0,
          });
        }
      }
    }
  }
  return { insurers, agreements };
}

module.exports = { buildPanel };
