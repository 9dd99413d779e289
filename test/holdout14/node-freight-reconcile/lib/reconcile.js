'use strict';

const { parseServiceDate } = require('./dates');
const { billableWeight } = require('./rates');

const ACCESSORIAL_FEES = { residential: 4.5, liftgate: 18, remote_area: 12, saturday: 15, signature: 3.2, oversize: 25 };
const TOLERANCE = 0.5;

// Work on a private copy so carrier-specific normalisation never leaks
// back into the shared manifest.
function cloneShipment(shipment) {
  return JSON.parse(JSON.stringify(shipment));
}

function roundUpTo(value, step) {
  return Math.ceil(value / step) * step;
}

class CarrierTotals {
  constructor(carrier) {
    this.carrier = carrier;
    this.lines = 0;
    this.billed = 0;
    this.expected = 0;
    this.overcharged = 0;
    this.undercharged = 0;
    this.byService = new Map();
  }

  add(service, billed, expected) {
    this.lines++;
    this.billed += billed;
    this.expected += expected;
    const delta = billed - expected;
    if (delta > TOLERANCE) this.overcharged += delta;
    else if (delta < -TOLERANCE) this.undercharged -= delta;
    const s = this.byService.get(service) || { lines: 0, billed: 0, expected: 0 };
    s.lines++;
    s.billed += billed;
    s.expected += expected;
    this.byService.set(service, s);
  }
}

class Reconciler {
  constructor(rateBook, manifestIndex) {
    this.rateBook = rateBook;
    this.manifest = manifestIndex;
    this.seen = new Set();
    this.totals = new Map();
    this.disputes = [];
    this.unparsedDates = 0;
  }

  totalsFor(carrier) {
    let t = this.totals.get(carrier);
    if (!t) {
      t = new CarrierTotals(carrier);
      this.totals.set(carrier, t);
    }
    return t;
  }

  reconcileLine(carrier, fields) {
    const [tracking, service, dateText, billedKgText, billedZoneText, , accessorialText, totalText] = fields;
    const billedTotal = Number(totalText);
    const shipment = this.manifest.get(tracking);
    if (!shipment) {
      this.disputes.push({ carrier, tracking, reason: 'not-in-manifest', amount: billedTotal });
      return;
    }
    if (this.seen.has(tracking)) {
      this.disputes.push({ carrier, tracking, reason: 'duplicate-billing', amount: billedTotal });
      return;
    }
    this.seen.add(tracking);

    const serviceDate = parseServiceDate(dateText);
    if (Number.isNaN(serviceDate)) this.unparsedDates++;
    const accessorials = accessorialText ? accessorialText.split(';') : [];
    const expected = this.expectedCharge(shipment, carrier, service, serviceDate, accessorials);
    this.totalsFor(carrier).add(service, billedTotal, expected.total);

    const delta = billedTotal - expected.total;
    if (delta > TOLERANCE) {
      let reason = 'rate-variance';
      if (Number(billedKgText) > expected.weight * 1.05) reason = 'weight-overbilled';
      else if (billedZoneText && Number(billedZoneText) !== expected.zone) reason = 'zone-mismatch';
      else if (accessorials.some((a) => !shipment.requestedAccessorials.includes(a))) reason = 'unrequested-accessorial';
      this.disputes.push({ carrier, tracking, reason, amount: +delta.toFixed(2), shippedOn: shipment.shippedOn });
    }
  }

  expectedCharge(shipment, carrier, service, serviceDate, accessorials) {
    const draft = cloneShipment(shipment);
    if (carrier === 'TransAlp') {
      for (const p of draft.parcels) {
        p.lengthCm = roundUpTo(p.lengthCm, 5);
        p.widthCm = roundUpTo(p.widthCm, 5);
        p.heightCm = roundUpTo(p.heightCm, 5);
      }
    }
    if (accessorials.includes('residential')) draft.destination.residential = true;

    const weight = billableWeight(draft.parcels);
    const zone = this.rateBook.zoneFor(draft.origin.postcode, draft.destination.postcode);
    const rate = this.rateBook.findRate(carrier, service, zone, weight);
    if (!rate) return { total: 0, weight, zone };
    let total = Math.max(rate.minCharge, rate.base + rate.perKg * weight);
    total *= 1 + this.rateBook.fuelSurcharge(carrier, serviceDate);
    for (const a of accessorials) {
      if (a === 'residential' && !draft.destination.residential) continue;
      if (a === 'remote_area') continue; // billed from the carrier's postcode list below
      total += ACCESSORIAL_FEES[a] || 0;
    }
    if (this.rateBook.isRemoteArea(draft.destination.postcode)) total += ACCESSORIAL_FEES.remote_area;
    return { total: Math.round(total * 100) / 100, weight, zone };
  }
}

module.exports = { Reconciler };
