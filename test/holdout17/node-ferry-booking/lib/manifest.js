'use strict';

const { PortAuthorityClient } = require('./portAuthority');
const { PORTS } = require('./timetable');

function manifestEntry(booking, sailing) {
  return {
    operatorRef: booking.ref,
    sailing: sailing.id,
    vessel: sailing.vessel,
    departurePort: PORTS[sailing.from],
    arrivalPort: PORTS[sailing.to],
    departs: sailing.departs.toISOString(),
    persons: booking.party.passengers.map((p, i) => ({ seq: i + 1, category: p.type, name: p.name })),
    vehicle: booking.party.vehicle ? { kind: booking.party.vehicle.kind, reg: booking.party.vehicle.reg } : null,
  };
}

async function reportToPortAuthority(booking, sailing, settings) {
  const client = new PortAuthorityClient(settings.portAuthority);
  try {
    const receipt = await client.lodgeManifestEntry(manifestEntry(booking, sailing));
    return receipt.id;
  } finally {
    client.close();
  }
}

module.exports = { reportToPortAuthority, manifestEntry };
