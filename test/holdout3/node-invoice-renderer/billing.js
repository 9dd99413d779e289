'use strict';

const API_TIERS = [[1e6, 0], [5e6, 0.0004], [2e7, 0.0003], [Infinity, 0.0002]];

function apiCharge(calls) {
  let charge = 0;
  let lower = 0;
  for (const [upper, rate] of API_TIERS) {
    if (calls <= lower) break;
    charge += (Math.min(calls, upper) - lower) * rate;
    lower = upper;
  }
  return charge;
}

function buildInvoice(customer, usage, period) {
  const { plan, country } = customer;
  const lines = [{ description: `${plan.code} plan (${period})`, quantity: 1, amount: plan.monthly }];
  if (plan.seatPrice > 0) lines.push({ description: 'Seats', quantity: customer.seats, amount: customer.seats * plan.seatPrice });
  let gbDays = 0;
  let calls = 0;
  let peak = 0;
  for (const u of usage) {
    gbDays += u.storageGb;
    calls += u.apiCalls;
    if (u.storageGb > peak) peak = u.storageGb;
  }
  const avgGb = gbDays / usage.length;
  const overGb = Math.max(0, avgGb - plan.includedGb);
  if (overGb > 0) lines.push({ description: 'Storage overage (GB-month)', quantity: Math.round(overGb), amount: overGb * 0.021 });
  const api = apiCharge(calls);
  if (api > 0) lines.push({ description: `API calls (${calls})`, quantity: calls, amount: api });
  // daily usage breakdown for the appendix
  for (let i = 0; i < usage.length; i += 3) {
    const slice = usage.slice(i, i + 3);
    const sum = slice.reduce((a, u) => a + u.apiCalls, 0);
    lines.push({ description: `Days ${i + 1}-${i + slice.length} API usage`, quantity: sum, amount: 0 });
  }
  const subtotal = lines.reduce((a, l) => a + l.amount, 0);
  const vat = Math.round(subtotal * country.vat * 100) / 100;
  return {
    number: `INV-${period.replace('-', '')}-${customer.id.slice(4)}`,
    customerName: customer.name,
    locale: country.locale,
    currency: country.currency,
    lines,
    subtotal,
    vat,
    total: subtotal + vat,
    peakGb: peak,
  };
}

module.exports = { buildInvoice, apiCharge };
