'use strict';

// Annuity providers on the broker's panel and how each formats its rate feed.
const PROVIDERS = [
  { code: 'LGA', name: 'Legal & General', delimiter: '|', dateField: 'effective', datePattern: '^(\\d{2})/(\\d{2})/(\\d{4})$', dateOrder: 'dmy' },
  { code: 'CAN', name: 'Canada Life', delimiter: ';', dateField: 'effective', datePattern: '^(\\d{4})-(\\d{2})-(\\d{2})$', dateOrder: 'ymd' },
  { code: 'AVI', name: 'Aviva', delimiter: ',', dateField: 'effective', datePattern: '^(\\d{4})(\\d{2})(\\d{2})$', dateOrder: 'ymd' },
  { code: 'JUS', name: 'Just', delimiter: '|', dateField: 'effective', datePattern: '^(\\d{2})-(\\d{2})-(\\d{4})$', dateOrder: 'dmy' },
  { code: 'STD', name: 'Standard Life', delimiter: ';', dateField: 'effective', datePattern: '^(\\d{4})/(\\d{2})/(\\d{2})$', dateOrder: 'ymd' },
  { code: 'PEN', name: 'Pension Annuity Co', delimiter: ',', dateField: 'effective', datePattern: '^(\\d{2})\\.(\\d{2})\\.(\\d{4})$', dateOrder: 'dmy' },
];

const COLUMNS = ['product', 'age', 'sex', 'district', 'potBand', 'escalation', 'guarantee', 'health', 'rate', 'effective'];

module.exports = { PROVIDERS, COLUMNS };
