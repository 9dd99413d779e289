'use strict';
const { VENUES, generateOrders } = require('./fixtures');
const { SeatMap, priceSeats } = require('./seat-map');
const { PaymentGatewayClient } = require('./payment-gateway');
const { issueTickets } = require('./ticket-signer');
const { RiskModel } = require('./fraud');

const ORDER_COUNT = Number(process.env.ORDER_COUNT || 2300);
const GATEWAY_CONFIG = { merchantId: 'M-77120', apiKey: 'sk_test_8f1c2e', timeoutMs: 4000 };

const seatMaps = new Map(VENUES.map((v) => [v.id, new SeatMap(v)]));
const venuesById = new Map(VENUES.map((v) => [v.id, v]));
const auditTrail = [];
const riskModel = new RiskModel();

function snapshotForAudit(order, state) {
  return {
    orderId: order.orderId,
    customerId: order.customer.id,
    venueId: order.venueId,
    seatCount: order.seats.length,
    authCode: order.authCode || null,
    state,
    recordedAt: order.createdAt + 250,
  };
}

function processOrder(order) {
  const venue = venuesById.get(order.venueId);
  const map = seatMaps.get(order.venueId);
  auditTrail.push(snapshotForAudit(order, 'received'));

  const reserved = map.reserve(order.seats);
  if (reserved.length < order.seats.length) {
    map.release(reserved);
    auditTrail.push(snapshotForAudit(order, 'sold-out'));
    return { orderId: order.orderId, status: 'sold-out' };
  }
  const priced = priceSeats(venue, reserved, map.occupancy(), order.promoCode);
  const total = priced.reduce((sum, s) => sum + s.priceCents, 0);

  const risk = riskModel.score(order, total);
  riskModel.record(order, total);
  if (risk > 0.85) {
    map.release(reserved);
    auditTrail.push(snapshotForAudit(order, 'review'));
    return { orderId: order.orderId, status: 'review' };
  }

  const gateway = new PaymentGatewayClient(GATEWAY_CONFIG);
  const auth = gateway.authorize(order, total);
  if (!auth.approved) {
    map.release(reserved);
    auditTrail.push(snapshotForAudit(order, 'declined'));
    return { orderId: order.orderId, status: 'declined' };
  }
  const tickets = issueTickets(order, priced);
  auditTrail.push(snapshotForAudit({ ...order, tickets, authCode: auth.authCode }, 'confirmed'));
  return { orderId: order.orderId, status: 'confirmed', total, tickets };
}

function main() {
  const orders = generateOrders(ORDER_COUNT, 20261125);
  const summary = { confirmed: 0, declined: 0, review: 0, 'sold-out': 0, revenueCents: 0, tickets: 0 };
  for (const order of orders) {
    const result = processOrder(order);
    summary[result.status]++;
    if (result.status === 'confirmed') {
      summary.revenueCents += result.total;
      summary.tickets += result.tickets.length;
    }
  }
  for (const [id, map] of seatMaps) summary[`occupancy:${id}`] = map.occupancy().toFixed(3);
  summary.auditEntries = auditTrail.length;
  console.log(JSON.stringify(summary));
}

main();
