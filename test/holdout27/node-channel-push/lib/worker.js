'use strict';

const fs = require('fs');
const path = require('path');
const { OtaClient } = require('./ota-client');

function loadRoomMapping(mappingDir, propertyId) {
  const file = path.join(mappingDir, `${propertyId}.json`);
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function hotelLocalDate(ts, timeZone) {
  return new Date(ts).toLocaleDateString('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
}

function toOtaItem(event, mapping) {
  const roomType = mapping.roomTypes[event.roomType];
  const ratePlan = mapping.ratePlans[event.ratePlan];
  if (!roomType || !ratePlan || !roomType.active) return null;
  const today = hotelLocalDate(event.createdAt, event.timeZone);
  if (event.end < today) return null;
  const start = event.start < today ? today : event.start;
  if (event.kind === 'avail') {
    return { roomTypeCode: roomType.otaCode, ratePlanCode: ratePlan.otaCode, start, end: event.end, bookingLimit: event.bookingLimit, restriction: event.restriction, minLos: 1 };
  }
  const gross = ratePlan.includesTax ? event.amount : Math.round(event.amount * (1 + mapping.taxRate) * 100) / 100;
  const net = ratePlan.includesTax ? Math.round((event.amount / (1 + mapping.taxRate)) * 100) / 100 : event.amount;
  return { roomTypeCode: roomType.otaCode, ratePlanCode: ratePlan.otaCode, start, end: event.end, amountBeforeTax: net, amountAfterTax: gross, guests: Math.min(2, roomType.maxOccupancy) };
}

function groupDeliveries(events, mappingDir, maxItems) {
  const groups = new Map();
  const skipped = { unmapped: 0, past: 0 };
  for (const event of events) {
    const mapping = loadRoomMapping(mappingDir, event.propertyId);
    if (!mapping) { skipped.unmapped++; continue; }
    const item = toOtaItem(event, mapping);
    if (!item) { skipped.past++; continue; }
    const key = `${event.propertyId}|${event.kind}`;
    let group = groups.get(key);
    if (!group || group.items.length >= maxItems) {
      group = { propertyId: event.propertyId, kind: event.kind, currency: mapping.currency, items: [], lastSeq: 0 };
      groups.set(key, group);
      groups.set(`${key}|${event.seq}`, group);
    }
    group.items.push(item);
    group.lastSeq = event.seq;
  }
  return { deliveries: [...new Set(groups.values())], skipped };
}

async function pushDelivery(config, delivery) {
  const client = new OtaClient({ endpoint: config.endpoint, channelId: config.channelId, secret: config.secret });
  try {
    const operation = delivery.kind === 'avail' ? 'HotelAvailNotif' : 'HotelRateAmountNotif';
    const input = { propertyId: delivery.propertyId, echoToken: `${config.channelId}-${delivery.lastSeq}`, timestamp: new Date(config.clock).toISOString(), items: delivery.items };
    if (delivery.kind === 'rate') input.currency = delivery.currency;
    return await client.send(operation, input);
  } finally {
    client.close();
  }
}

async function runWithConcurrency(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function lane() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

module.exports = { loadRoomMapping, hotelLocalDate, groupDeliveries, pushDelivery, runWithConcurrency };
