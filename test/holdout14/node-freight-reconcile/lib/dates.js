'use strict';

class DateFormatMismatch extends Error {
  constructor(format, raw) {
    super(`"${raw}" is not a ${format} date`);
    this.name = 'DateFormatMismatch';
    this.format = format;
  }
}

class CarrierDateFormat {
  constructor(name, pattern, order) {
    this.name = name;
    this.pattern = pattern;
    this.order = order; // indexes of [year, month, day] in the match
  }

  parseStrict(raw) {
    const m = this.pattern.exec(raw);
    if (!m) throw new DateFormatMismatch(this.name, raw);
    const year = Number(m[this.order[0]]);
    const month = Number(m[this.order[1]]);
    const day = Number(m[this.order[2]]);
    if (month < 1 || month > 12 || day < 1 || day > 31) throw new DateFormatMismatch(this.name, raw);
    return Date.UTC(year, month - 1, day);
  }
}

const KNOWN_FORMATS = [
  new CarrierDateFormat('iso-8601', /^(\d{4})-(\d{2})-(\d{2})$/, [1, 2, 3]),
  new CarrierDateFormat('day-first', /^(\d{2})\/(\d{2})\/(\d{4})$/, [3, 2, 1]),
  new CarrierDateFormat('compact', /^(\d{4})(\d{2})(\d{2})$/, [1, 2, 3]),
];

// Carriers never agree on a date format, so try each known one in turn.
function parseServiceDate(raw) {
  for (const format of KNOWN_FORMATS) {
    try {
      return format.parseStrict(raw);
    } catch (err) {
      if (!(err instanceof DateFormatMismatch)) throw err;
    }
  }
  return NaN;
}

module.exports = { parseServiceDate, DateFormatMismatch };
