'use strict';

const { MONTHS } = require('./corpus');

const MONTH_INDEX = new Map(MONTHS.map((m, i) => [m.toLowerCase(), i]));

class DateFormatError extends Error {
  constructor(text, format) {
    super(`"${text}" is not a ${format} date`);
    this.name = 'DateFormatError';
    this.text = text;
    this.format = format;
  }
}

class DateFormat {
  constructor(name, re, build) {
    this.name = name;
    this.re = re;
    this.build = build;
  }

  // Returns a month index (years * 12 + month) for text in this format.
  parse(text) {
    const m = this.re.exec(text);
    if (!m) throw new DateFormatError(text, this.name);
    const value = this.build(m);
    if (!Number.isFinite(value)) throw new DateFormatError(text, this.name);
    return value;
  }
}

const twoDigitYear = (y) => (Number(y) > 50 ? 1900 : 2000) + Number(y);

const FORMATS = [
  new DateFormat('month name', /^([A-Za-z]{3})[a-z]* (\d{4})$/, (m) => {
    const mi = MONTH_INDEX.get(m[1].toLowerCase());
    return mi === undefined ? NaN : Number(m[2]) * 12 + mi;
  }),
  new DateFormat('ISO month', /^(\d{4})-(\d{2})$/, (m) => Number(m[1]) * 12 + Number(m[2]) - 1),
  new DateFormat('numeric month', /^(\d{2})\/(\d{4})$/, (m) => Number(m[2]) * 12 + Number(m[1]) - 1),
  new DateFormat('short month', /^([A-Za-z]{3})-(\d{2})$/, (m) => {
    const mi = MONTH_INDEX.get(m[1].toLowerCase());
    return mi === undefined ? NaN : twoDigitYear(m[2]) * 12 + mi;
  }),
  new DateFormat('year', /^(\d{4})$/, (m) => Number(m[1]) * 12 + 6),
];

const OPEN_ENDED = new Set(['present', 'current', 'to date', 'now', 'ongoing']);

// Accepts the date styles applicants actually write; returns null for open-ended ranges.
function parseCvDate(text, referenceMonth) {
  const t = text.trim();
  for (const format of FORMATS) {
    try {
      return format.parse(t);
    } catch (err) {
      if (!(err instanceof DateFormatError)) throw err;
    }
  }
  if (OPEN_ENDED.has(t.toLowerCase())) return referenceMonth;
  return null;
}

module.exports = { parseCvDate, DateFormatError };
