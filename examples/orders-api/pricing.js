'use strict';
// Prices an order: line totals, coupon discount, shipping and VAT per destination.

const VAT = { DE: 0.19, FR: 0.2, NL: 0.21, SE: 0.25, GB: 0.2, US: 0, CH: 0.081 };
const FX = { EUR: 1, USD: 1.08, GBP: 0.86, CHF: 0.96, SEK: 11.4 };
const COUPONS = new Map([
  ['SAVE-10', 0.1],
  ['WELC-05', 0.05],
  ['VIPS-20', 0.2],
]);

const round2 = (n) => Math.round(n * 100) / 100;

function priceOrder(input, productsBySku) {
  // Work on a copy so that the request body stays untouched for logging and retries.
  const order = JSON.parse(JSON.stringify(input));
  const rate = FX[order.currency];
  let subtotal = 0;
  let weight = 0;
  for (const item of order.items) {
    const product = productsBySku.get(item.sku);
    item.unitPrice = round2(product.price * rate);
    item.lineTotal = round2(item.unitPrice * item.quantity);
    if (item.options && item.options.giftWrap) item.lineTotal = round2(item.lineTotal + 2.5 * rate);
    subtotal += item.lineTotal;
    weight += product.weightGrams * item.quantity;
  }
  const discountRate = (order.couponCode && COUPONS.get(order.couponCode)) || 0;
  const discount = round2(subtotal * discountRate);
  const shipping = round2((weight > 5000 ? 9.9 : 4.9) * rate);
  const net = round2(subtotal - discount + shipping);
  const vat = round2(net * (VAT[order.shipping.country] || 0));
  order.totals = { subtotal: round2(subtotal), discount, shipping, vat, total: round2(net + vat), weightGrams: weight };
  return order;
}

module.exports = { priceOrder };
