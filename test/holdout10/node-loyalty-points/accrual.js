'use strict';

const { currentRules, partnerRule } = require('./rules');

function tierFor(rules, lifetime) {
  let best = 'blue';
  for (const [name, t] of Object.entries(rules.tiers)) {
    if (lifetime >= t.threshold && t.threshold >= rules.tiers[best].threshold) best = name;
  }
  return best;
}

class AccrualEngine {
  constructor(members, log) {
    this.accounts = new Map();
    for (const m of members) {
      this.accounts.set(m.id, { id: m.id, name: m.name, lifetime: m.lifetime, lots: m.lots.slice(), entries: m.history.slice(), expired: 0, accrued: 0 });
    }
    this.log = log;
    this.totals = { accepted: 0, rejected: 0, points: 0, bonus: 0, byPartner: new Map() };
  }

  accrue(txn) {
    const rules = currentRules();
    const account = this.accounts.get(txn.member);
    const partner = partnerRule(rules, txn.partner);
    this.log.debug('accrue %s member=%s partner=%o', txn.id, txn.member, partner);
    if (!account || !partner) return this.reject(txn, 'unknown member or partner');
    if (partner.exclusions.includes(txn.item)) return this.reject(txn, 'excluded item');
    if (txn.amount < partner.minSpend) return this.reject(txn, 'below minimum spend');

    const tier = tierFor(rules, account.lifetime);
    const day = txn.at.slice(0, 10);
    let multiplier = rules.tiers[tier].multiplier;
    let bonus = 0;
    for (const promo of partner.promotions) {
      if (day < promo.from || day > promo.to || !promo.tiers.includes(tier)) continue;
      if (promo.multiplier) multiplier *= promo.multiplier;
      if (promo.bonus && txn.amount >= promo.minSpend) bonus += promo.bonus;
    }
    let points = Math.floor(txn.amount * partner.earnPerUnit * multiplier);
    points = Math.min(points, partner.capPerTxn);
    account.lifetime += points;
    account.lots.push({ earned: day, points: points + bonus });
    account.entries.push({ txn: txn.id, day, partner: partner.name, item: txn.item, amount: txn.amount, tier, points, bonus });
    account.accrued += points + bonus;
    this.totals.accepted++;
    this.totals.points += points;
    this.totals.bonus += bonus;
    this.totals.byPartner.set(partner.name, (this.totals.byPartner.get(partner.name) || 0) + points + bonus);
    return points + bonus;
  }

  reject(txn, reason) {
    this.totals.rejected++;
    this.log.debug('reject %s: %s', txn.id, reason);
    return 0;
  }

  expire(asOf, months) {
    const cutoff = new Date(asOf);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
    const c = cutoff.toISOString().slice(0, 10);
    for (const acct of this.accounts.values()) {
      const keep = [];
      for (const lot of acct.lots) {
        if (lot.earned < c) acct.expired += lot.points;
        else keep.push(lot);
      }
      acct.lots = keep;
    }
  }
}

module.exports = { AccrualEngine, tierFor };
