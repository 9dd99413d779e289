'use strict';

class AddressError extends Error {
  constructor(message, field, raw) {
    super(message);
    this.name = 'AddressError';
    this.field = field;
    this.raw = raw;
  }
}

const OUTWARD = /^[A-Z]{1,2}[0-9][0-9A-Z]?$/;
const INWARD = /^[0-9][A-Z]{2}$/;

function parsePostcode(raw) {
  const compact = raw.toUpperCase().replace(/\s+/g, '');
  if (compact.length < 5 || compact.length > 7) throw new AddressError('postcode length', 'postcode', raw);
  const outward = compact.slice(0, -3);
  const inward = compact.slice(-3);
  if (!OUTWARD.test(outward)) throw new AddressError('bad outward code', 'postcode', raw);
  if (!INWARD.test(inward)) throw new AddressError('bad inward code', 'postcode', raw);
  return `${outward} ${inward}`;
}

function normaliseAddress(parcel) {
  let postcode;
  try {
    postcode = parsePostcode(parcel.postcode);
  } catch (err) {
    if (!(err instanceof AddressError)) throw err;
    return { ok: false, reason: err.message };
  }
  const street = parcel.street.trim().replace(/\s{2,}/g, ' ');
  return { ok: true, postcode, street, lat: parcel.lat, lon: parcel.lon };
}

module.exports = { parsePostcode, normaliseAddress, AddressError };
