'use strict';
const { parseAmount, optionalAmount } = require('./amounts');

// Links each priced renewal to the commission agreement for its insurer, class, year and premium band.
function assignAgreements(priced, agreements) {
  let unmatched = 0;
  for (const p of priced) {
    const agreement = agreements.find((a) => a.insurer === p.insurer && a.classOfBusiness === p.class &&
      a.year === p.year && p.premium >= a.minPremium && p.premium < a.maxPremium);
    const rate = agreement ? agreement.rate + agreement.overrider : 0;
    if (!agreement) unmatched++;
    p.agreementId = agreement ? agreement.id : null;
    p.commission = Math.round(p.net * rate * 100) / 100;
  }
  return unmatched;
}

// Prices each renewal: IPT, fees, discounts and the broker's commission under the panel agreement.
function priceRenewals(records, panel) {
  const insurersByCode = new Map(panel.insurers.map((i) => [i.code, i]));
  const priced = [];
  for (const rec of records) {
    const premium = parseAmount(rec, 'renewal_premium');
    const fee = optionalAmount(rec, 'broker_fee', 0);
    const discount = optionalAmount(rec, 'discount', 0);
    const iptRate = optionalAmount(rec, 'ipt_override', insurersByCode.get(rec.insurer).iptRate * 100) / 100;
    const excess = optionalAmount(rec, 'excess', 250);
    const year = Number(rec.inception.slice(0, 4));
    const net = premium - discount;
    priced.push({
      ref: rec.policy_ref, insurer: rec.insurer, class: rec.class, premium, year,
      client: rec.client,
      handler: rec.handler,
      expiring: Number(rec.expiring_premium),
      net,
      ipt: Math.round(net * iptRate * 100) / 100,
      fee,
      excess,
      commission: 0,
      agreementId: null,
    });
  }
  assignAgreements(priced, panel.agreements);
  return priced;
}

module.exports = { priceRenewals, assignAgreements };
