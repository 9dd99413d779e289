'use strict';

// Chart of accounts and funds for a mid-sized charity reporting under the Charities SORP.
const FUNDS = [
  { code: 'GEN', name: 'General fund', type: 'unrestricted' },
  { code: 'DES-BLD', name: 'Building reserve (designated)', type: 'unrestricted' },
  { code: 'RES-FOOD', name: 'Food bank programme', type: 'restricted' },
  { code: 'RES-YTH', name: 'Youth mentoring grant', type: 'restricted' },
  { code: 'RES-HSE', name: 'Emergency housing appeal', type: 'restricted' },
  { code: 'RES-LOT', name: 'Lottery community grant', type: 'restricted' },
  { code: 'END-SCH', name: 'Scholarship endowment', type: 'endowment' },
];

const ACCOUNTS = [
  { code: 4000, name: 'Donations and legacies', sofa: 'income:donations' },
  { code: 4010, name: 'Gift Aid recovered', sofa: 'income:donations' },
  { code: 4100, name: 'Grants receivable', sofa: 'income:charitable' },
  { code: 4200, name: 'Charity shop sales', sofa: 'income:trading' },
  { code: 4300, name: 'Investment income', sofa: 'income:investments' },
  { code: 5000, name: 'Fundraising costs', sofa: 'expenditure:raising' },
  { code: 5100, name: 'Programme delivery staff', sofa: 'expenditure:charitable' },
  { code: 5110, name: 'Food and supplies', sofa: 'expenditure:charitable' },
  { code: 5120, name: 'Emergency accommodation', sofa: 'expenditure:charitable' },
  { code: 5200, name: 'Premises', sofa: 'expenditure:support' },
  { code: 5300, name: 'Governance', sofa: 'expenditure:support' },
  { code: 5400, name: 'Shop running costs', sofa: 'expenditure:raising' },
];

module.exports = { FUNDS, ACCOUNTS };
