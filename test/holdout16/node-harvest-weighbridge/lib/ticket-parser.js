'use strict';

const { CROPS } = require('./varieties');

const TICKET_RE = /^W\d{7}$/;
const PLATE_RE = /^[A-Z]{2}\d{2} [A-Z]{3}$/;
const GROWER_RE = /^G\d{4}$/;
const FIELD_RE = /^F\d{3}-\d{2}$/;
const COLUMNS = 14;

function num(text) {
  if (text === '') return NaN;
  return +text;
}

// Returns { ticket } or { reject: reason } for one log line.
function parseTicket(line) {
  const c = line.split(',');
  if (c.length !== COLUMNS) return { reject: `expected ${COLUMNS} columns, got ${c.length}` };
  const [id, site, time, plate, grower, field, cropCode, grossText, tareText, moistText, swText, admixText, proteinText, operator] = c;
  if (!TICKET_RE.test(id)) return { reject: 'bad ticket number' };
  if (!PLATE_RE.test(plate)) return { reject: `bad plate "${plate}"` };
  if (!GROWER_RE.test(grower)) return { reject: 'bad grower code' };
  if (!FIELD_RE.test(field)) return { reject: 'bad field id' };
  const crop = CROPS[cropCode];
  if (!crop) return { reject: `unknown crop ${cropCode}` };
  const gross = num(grossText);
  const tare = num(tareText);
  if (!(gross > tare)) return { reject: 'gross weight not above tare' };
  const moisture = num(moistText);
  if (!(moisture >= 5 && moisture <= 35)) return { reject: 'moisture out of range' };
  return {
    ticket: {
      id,
      site,
      time: Date.parse(time),
      plate,
      grower,
      field,
      cropCode,
      gross,
      tare,
      moisture,
      specificWeight: num(swText),
      admixture: num(admixText),
      protein: num(proteinText),
      operator,
    },
  };
}

module.exports = { parseTicket };
