'use strict';

const crypto = require('crypto');

class SignatureError extends Error {}

function signBody(key, body) {
  return `sha256=${crypto.createHmac('sha256', key).update(body).digest('hex')}`;
}

class WebhookReceiver {
  constructor({ secret, bus, logger }) {
    this.key = crypto.createSecretKey(Buffer.from(secret, 'utf8'));
    this.bus = bus;
    this.log = logger.child({ component: 'webhook' });
    this.seenDeliveries = new Set();
    this.stats = { deliveries: 0, duplicates: 0, uplinks: 0, badSignature: 0 };
  }

  verify(headers, body) {
    const expected = Buffer.from(signBody(this.key, body));
    const given = Buffer.from(String(headers['x-webhook-signature'] || ''));
    if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) {
      throw new SignatureError('signature mismatch');
    }
  }

  receive(headers, body) {
    try {
      this.verify(headers, body);
    } catch (err) {
      this.stats.badSignature++;
      this.log.warn('dropping delivery: %s', err.message);
      return 401;
    }
    const delivery = JSON.parse(body);
    if (this.seenDeliveries.has(delivery.deliveryId)) {
      this.stats.duplicates++;
      return 200;
    }
    this.seenDeliveries.add(delivery.deliveryId);
    this.stats.deliveries++;
    for (const uplink of delivery.uplinks) {
      if (uplink.fPort !== 2) continue;
      this.bus.publish('uplink', uplink);
      this.stats.uplinks++;
    }
    return 202;
  }
}

module.exports = { WebhookReceiver, signBody };
