'use strict';

const { DEPOTS, SKIPS, WASTE_TYPES, HIRE_PERIODS, COUNCIL_PERMITS, DISTRICT_CENTROIDS } = require('./tariff');

const GBP = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const VAT_RATE = 0.2;
const POSTCODE = /^([A-Z]{1,2}\d{1,2})\s*\d[A-Z]{2}$/;

function haversineKm(aLat, aLon, bLat, bLon) {
  const dLat = ((bLat - aLat) * Math.PI) / 180;
  const dLon = ((bLon - aLon) * Math.PI) / 180;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos((aLat * Math.PI) / 180) * Math.cos((bLat * Math.PI) / 180) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(s));
}

class AvailabilityBook {
  constructor(horizonDays = 400) {
    this.horizonDays = horizonDays;
    this.calendars = new Map();
    this.booked = 0;
  }

  calendar(depotId, size) {
    const key = `${depotId}:${size}`;
    let cal = this.calendars.get(key);
    if (!cal) {
      cal = new Uint16Array(this.horizonDays);
      this.calendars.set(key, cal);
    }
    return cal;
  }

  free(depot, size, startDay, days) {
    const cal = this.calendar(depot.id, size);
    let used = 0;
    for (let d = startDay; d < startDay + days; d++) if (cal[d] > used) used = cal[d];
    return depot.fleet[size] - used;
  }

  hold(depot, size, startDay, days) {
    const cal = this.calendar(depot.id, size);
    for (let d = startDay; d < startDay + days; d++) cal[d]++;
    this.booked++;
  }
}

function rankDepots(lat, lon) {
  return DEPOTS.map((depot) => ({ depot, km: haversineKm(lat, lon, depot.lat, depot.lon) }))
    .sort((a, b) => a.km - b.km);
}

function quoteSkipHire(request, book) {
  const m = POSTCODE.exec(request.postcode);
  if (!m) return { error: 'invalid-postcode' };
  const district = m[1];
  const centroid = DISTRICT_CENTROIDS.get(district);
  if (!centroid) return { error: 'outside-service-area' };
  const waste = WASTE_TYPES[request.wasteType];
  if (!waste) return { error: 'unknown-waste-type' };

  const permitFee = request.onRoad ? COUNCIL_PERMITS.get(district) : 0;
  const depots = rankDepots(centroid.lat, centroid.lon);
  const options = [];
  for (const [size, skip] of Object.entries(SKIPS)) {
    if (waste.restricted.includes(size)) continue;
    if (request.sizes.length && !request.sizes.includes(size)) continue;
    let source = null;
    for (const candidate of depots) {
      if (book.free(candidate.depot, size, request.startDay, HIRE_PERIODS[HIRE_PERIODS.length - 1]) > 0) {
        source = candidate;
        break;
      }
    }
    if (!source) continue;
    const haulage = 38 + source.km * 2 * 2.15;
    const expectedKg = Math.min(skip.weightAllowanceKg, skip.yards * waste.densityKgPerYard);
    const disposal = (expectedKg / 1000) * (waste.gateFeePerTonne + waste.landfillTaxPerTonne);
    for (const days of HIRE_PERIODS) {
      const extension = days > 7 ? (days - 7) * (3.5 + skip.yards * 0.4) : 0;
      const permit = permitFee ? permitFee * Math.ceil(days / 14) : 0;
      const net = Math.round((skip.baseFee + haulage + disposal + extension) * 100) / 100;
      const vat = Math.round(net * VAT_RATE * 100) / 100;
      const total = Math.round((net + vat + permit) * 100) / 100;
      options.push({
        size, yards: skip.yards, days, depot: source.depot.id, km: Math.round(source.km * 10) / 10,
        net, vat, permit, total, display: GBP.format(total),
        overweightPerTonne: waste.gateFeePerTonne + waste.landfillTaxPerTonne,
      });
    }
  }
  options.sort((a, b) => a.total - b.total);
  return { district, permitRequired: !!request.onRoad, options };
}

module.exports = { quoteSkipHire, AvailabilityBook };
