'use strict';
// Request handlers of the order resource.
const { validateOrder } = require('./validation');
const { priceOrder } = require('./pricing');
const { InventoryClient } = require('./inventory-client');
const { productsBySku, INVENTORY_CONFIG } = require('./catalog');
const { OrderStore } = require('./storage');

const store = new OrderStore();

function createOrder(ctx) {
  const errors = validateOrder(ctx.body);
  if (errors.length > 0) return { status: 422, body: { errors } };
  const inventory = new InventoryClient(INVENTORY_CONFIG);
  const reservation = inventory.reserve(ctx.body.items, ctx.body.shipping.country);
  if (!reservation.ok) return { status: 409, body: { error: reservation.reason } };
  const priced = priceOrder(ctx.body, productsBySku);
  const order = store.insert(ctx.principal.tenant, { ...priced, fulfilment: reservation.lines });
  return { status: 201, body: order, headers: { location: `/v1/orders/${order.id}` } };
}

function getOrder(ctx) {
  const order = store.get(ctx.principal.tenant, ctx.params.id);
  if (!order) return { status: 404, body: { error: 'order not found' } };
  return { status: 200, body: order };
}

function listOrders(ctx) {
  const customerId = ctx.query.get('customer');
  if (!customerId) return { status: 400, body: { error: 'customer is required' } };
  const limit = Math.min(Number(ctx.query.get('limit')) || 10, 50);
  const orders = store.listByCustomer(ctx.principal.tenant, customerId, limit);
  const summaries = orders.map((o) => ({
    id: o.id,
    status: o.status,
    currency: o.currency,
    total: o.totals.total,
    items: o.items.map((i) => ({ sku: i.sku, quantity: i.quantity, lineTotal: i.lineTotal })),
  }));
  return { status: 200, body: { customerId, count: summaries.length, orders: summaries } };
}

module.exports = { createOrder, getOrder, listOrders };
