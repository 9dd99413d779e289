'use strict';
const crypto = require('crypto');

const PIN_ITERATIONS = 15000;

function issuedPin(code) {
  let h = 2166136261;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 16777619);
  return String(1000 + ((h >>> 0) % 9000));
}

class VoucherBook {
  constructor(count) {
    this.byCode = new Map();
    for (let i = 0; i < count; i++) {
      const code = `GV${(100000 + i * 37).toString(36).toUpperCase()}`;
      const salt = crypto.createHash('sha256').update(`salt:${code}`).digest().subarray(0, 16);
      const hash = crypto.pbkdf2Sync(issuedPin(code), salt, PIN_ITERATIONS, 32, 'sha256');
      this.byCode.set(code, { code, salt, hash, balancePence: 2500 + 500 * (i % 30) });
    }
  }

  get(code) {
    return this.byCode.get(code);
  }

  codes() {
    return [...this.byCode.keys()];
  }
}

function verifyVoucherPin(voucher, pin) {
  const candidate = crypto.pbkdf2Sync(String(pin), voucher.salt, PIN_ITERATIONS, 32, 'sha256');
  return crypto.timingSafeEqual(candidate, voucher.hash);
}

module.exports = { VoucherBook, verifyVoucherPin, issuedPin };
