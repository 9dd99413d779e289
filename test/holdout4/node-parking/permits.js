'use strict';

class PermitError extends Error {
  constructor(code, plate) {
    super(`permit check failed (${code}) for ${plate}`);
    this.name = 'PermitError';
    this.code = code;
    this.plate = plate;
  }
}

class PermitRegistry {
  constructor() {
    this.byPlate = new Map();
  }

  add(permit) {
    this.byPlate.set(permit.plate, permit);
  }

  validate(plate, garageId, at) {
    const permit = this.byPlate.get(plate);
    if (!permit) throw new PermitError('NO_PERMIT', plate);
    if (!permit.garages.includes(garageId)) throw new PermitError('WRONG_GARAGE', plate);
    if (at < permit.validFrom || at > permit.validUntil) throw new PermitError('EXPIRED', plate);
    return permit;
  }
}

function seedPermits(registry, plates, rng) {
  for (const plate of plates) {
    if (rng() < 0.3) {
      registry.add({
        plate,
        kind: rng() < 0.5 ? 'resident' : 'staff',
        garages: rng() < 0.5 ? ['G-CENTRAL'] : ['G-STATION', 'G-HOSPITAL'],
        validFrom: Date.UTC(2026, 0, 1),
        validUntil: rng() < 0.9 ? Date.UTC(2026, 11, 31) : Date.UTC(2026, 9, 1),
      });
    }
  }
}

module.exports = { PermitRegistry, PermitError, seedPermits };
