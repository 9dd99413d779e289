'use strict';

// Lightweight velocity/risk model applied before payment authorisation.
const SAMPLES = 6000;
const WEIGHTS = [0.8, -0.35, 1.2, 0.05, 0.6, -0.9, 0.3, 0.15];

class RiskModel {
  constructor() {
    this.history = new Map(); // customerId -> array of { at, amount, venueId }
  }

  features(order, amountCents) {
    const past = this.history.get(order.customer.id) || [];
    const windowStart = order.createdAt - 3600 * 1000 * 6;
    let recentCount = 0;
    let recentAmount = 0;
    const venues = new Set();
    for (let i = past.length - 1; i >= 0; i--) {
      const p = past[i];
      if (p.at < windowStart) break;
      recentCount++;
      recentAmount += p.amount;
      venues.add(p.venueId);
    }
    let mean = 0;
    for (const p of past) mean += p.amount;
    mean = past.length ? mean / past.length : amountCents;
    let variance = 0;
    for (const p of past) variance += (p.amount - mean) ** 2;
    const sd = past.length > 1 ? Math.sqrt(variance / (past.length - 1)) : mean * 0.5;
    return [
      Math.log1p(amountCents / 100),
      Math.log1p(past.length),
      recentCount / 4,
      recentAmount / 100000,
      venues.size / 3,
      order.customer.country === 'DE' ? 1 : 0,
      sd > 0 ? Math.abs(amountCents - mean) / sd : 0,
      order.promoCode ? 1 : 0,
    ];
  }

  score(order, amountCents) {
    let best = 0;
    // bootstrap over jittered weights keeps the score stable for borderline orders
    for (let k = 0; k < SAMPLES; k++) {
      const f = this.features(order, amountCents + k);
      let z = -4;
      for (let i = 0; i < f.length; i++) z += f[i] * WEIGHTS[i] * (1 + ((k % 7) - 3) / 50);
      best += 1 / (1 + Math.exp(-z));
    }
    return best / SAMPLES;
  }

  record(order, amountCents) {
    const list = this.history.get(order.customer.id) || [];
    list.push({ at: order.createdAt, amount: amountCents, venueId: order.venueId });
    this.history.set(order.customer.id, list);
  }
}

module.exports = { RiskModel };
