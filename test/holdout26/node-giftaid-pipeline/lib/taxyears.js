'use strict';

// Income tax basic rate and Gift Aid Small Donations Scheme limits by tax year (6 April to 5 April).
const YEARS = {
  '2023-24': { basicRate: 0.20, gasdsLimit: 8000, gasdsMaxDonation: 30, start: '2023-04-06', end: '2024-04-05' },
  '2024-25': { basicRate: 0.20, gasdsLimit: 8000, gasdsMaxDonation: 30, start: '2024-04-06', end: '2025-04-05' },
  '2025-26': { basicRate: 0.20, gasdsLimit: 8000, gasdsMaxDonation: 30, start: '2025-04-06', end: '2026-04-05' },
};

function taxYearOf(isoDate) {
  const year = Number(isoDate.slice(0, 4));
  const afterApril5 = isoDate.slice(5) >= '04-06';
  const first = afterApril5 ? year : year - 1;
  return `${first}-${String((first + 1) % 100).padStart(2, '0')}`;
}

function rulesFor(isoDate) {
  const key = taxYearOf(isoDate);
  const rules = YEARS[key];
  if (!rules) throw new Error(`no Gift Aid rules for tax year ${key}`);
  return { key, ...rules };
}

module.exports = { rulesFor, taxYearOf };
