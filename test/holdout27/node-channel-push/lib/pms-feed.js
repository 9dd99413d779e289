'use strict';

const CITIES = [
  ['VIE', 'Europe/Vienna', 'EUR'], ['LIS', 'Europe/Lisbon', 'EUR'], ['NYC', 'America/New_York', 'USD'],
  ['TYO', 'Asia/Tokyo', 'JPY'], ['SYD', 'Australia/Sydney', 'AUD'], ['DXB', 'Asia/Dubai', 'AED'],
  ['REK', 'Atlantic/Reykjavik', 'ISK'], ['MEX', 'America/Mexico_City', 'MXN'], ['LON', 'Europe/London', 'GBP'],
  ['BKK', 'Asia/Bangkok', 'THB'], ['HNL', 'Pacific/Honolulu', 'USD'], ['CPT', 'Africa/Johannesburg', 'ZAR'],
];
const ROOM_TYPES = ['STD', 'DLX', 'SUP', 'FAM', 'STE', 'JRS', 'TWN', 'SGL'];
const RATE_PLANS = ['BAR', 'NRF', 'BB', 'HB', 'ADV14', 'MEMBER', 'CORP', 'PKG'];

function buildProperties(rng, count) {
  const props = [];
  for (let i = 0; i < count; i++) {
    const [city, timeZone, currency] = CITIES[i % CITIES.length];
    const roomTypes = ROOM_TYPES.filter(() => rng.chance(0.6));
    if (roomTypes.length === 0) roomTypes.push('STD');
    props.push({
      propertyId: `${city}${String(10000 + i * 7).padStart(5, '0')}`, timeZone, currency,
      pmsRoomTypes: roomTypes, pmsRatePlans: RATE_PLANS.filter(() => rng.chance(0.5)).concat('BAR'),
    });
  }
  return props;
}

function mappingDocument(rng, prop) {
  const roomTypes = {};
  for (const rt of prop.pmsRoomTypes) {
    roomTypes[rt] = {
      otaCode: `${rt}${rng.int(1, 9)}`, maxOccupancy: rng.int(1, 5), active: true,
      bedTypes: [rng.pick(['KING', 'QUEEN', 'TWIN', 'DOUBLE'])], sizeSqm: rng.int(16, 70),
      amenityCodes: Array.from({ length: rng.int(6, 14) }, () => rng.int(1, 260)),
      otaName: { en: `${rt} room`, de: `${rt} Zimmer`, fr: `Chambre ${rt}` },
    };
  }
  const ratePlans = {};
  for (const rp of prop.pmsRatePlans) ratePlans[rp] = { otaCode: `${rp}-${rng.int(10, 99)}`, includesTax: rng.chance(0.5), mealPlan: rng.pick(['RO', 'BB', 'HB']) };
  return { propertyId: prop.propertyId, currency: prop.currency, taxRate: rng.pick([0.07, 0.1, 0.13, 0.2]), roomTypes, ratePlans, updatedAt: '2025-05-01T00:00:00Z' };
}

function* changeEvents(rng, properties, count) {
  let clock = Date.UTC(2025, 4, 20, 0, 0, 0);
  for (let seq = 1; seq <= count; seq++) {
    clock += rng.int(200, 4000);
    const prop = rng.pick(properties);
    const startOffset = rng.int(-2, 300);
    const start = new Date(clock + startOffset * 86400000).toISOString().slice(0, 10);
    const end = new Date(clock + (startOffset + rng.int(0, 6)) * 86400000).toISOString().slice(0, 10);
    const kind = rng.chance(0.55) ? 'avail' : 'rate';
    yield {
      seq, createdAt: clock, propertyId: prop.propertyId, timeZone: prop.timeZone, kind,
      roomType: rng.pick(prop.pmsRoomTypes), ratePlan: rng.pick(prop.pmsRatePlans), start, end,
      bookingLimit: kind === 'avail' ? rng.int(0, 25) : undefined,
      amount: kind === 'rate' ? rng.int(6000, 42000) / 100 : undefined,
      restriction: kind === 'avail' ? rng.pick(['Open', 'Open', 'Open', 'Close', 'ClosedToArrival']) : undefined,
    };
  }
}

module.exports = { buildProperties, mappingDocument, changeEvents };
