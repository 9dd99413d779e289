'use strict';

const crypto = require('crypto');

// Permits are sealed so the shot-firer's tablet can verify them offline.
// The seal key is derived from the quarry's permit secret and the face.
class PermitSealer {
  constructor(secret, iterations) {
    this.secret = secret;
    this.iterations = iterations;
  }

  seal(permit) {
    const key = crypto.pbkdf2Sync(this.secret, `quarry-face:${permit.face}`, this.iterations, 32, 'sha256');
    const body = `${permit.permitNo}|${permit.planRef}|${permit.face}|${permit.decision}|${permit.maxChargePerDelayKg.toFixed(1)}`;
    const mac = crypto.createHmac('sha256', key).update(body).digest('base64url');
    return { body, mac };
  }
}

module.exports = { PermitSealer };
