'use strict';

const { insidePolygon } = require('./geo');

function zoneAt(zones, lat, lon) {
  for (const z of zones) if (insidePolygon(lat, lon, z.polygon)) return z;
  return null;
}

function isWeekend(ts) {
  const d = new Date(ts).getUTCDay();
  return d === 0 || d === 6;
}

// Each trip gets its own working copy of the tariff so plan- and day-specific
// adjustments never leak into the shared price list.
function tariffFor(fleet, vehicle, member, startTs) {
  const tariff = JSON.parse(JSON.stringify(fleet.tariffs[vehicle.category]));
  if (member.plan === 'commuter') {
    for (const band of tariff.minute.bands) if (band.label === 'peak') band.rate = +(band.rate * 0.85).toFixed(3);
  }
  if (isWeekend(startTs)) {
    for (const band of tariff.minute.bands) band.rate = +(band.rate * tariff.weekendMultiplier).toFixed(3);
  }
  if (member.plan === 'business') tariff.caps.day = Math.round(tariff.caps.day * 0.9);
  if (member.insuranceOption) {
    const opt = tariff.insurance.options.find((o) => o.code === member.insuranceOption);
    tariff.insurance.perTrip += opt.price;
    tariff.insurance.deductible = opt.deductible;
  }
  return tariff;
}

function settleTrip(trip, fleet) {
  if (trip.pings.length < 2) return null;
  const member = fleet.members.find((m) => m.memberNo === trip.memberNo);
  const vehicle = fleet.vehicleByVin.get(trip.vin);
  if (!member || !vehicle) return null;
  const first = trip.pings[0];
  const last = trip.pings[trip.pings.length - 1];
  const tariff = tariffFor(fleet, vehicle, member, first.ts);

  let km = 0;
  let driveCost = 0;
  let parkedCost = 0;
  let driveMin = 0;
  let parkedMin = 0;
  for (let i = 1; i < trip.pings.length; i++) {
    const prev = trip.pings[i - 1];
    const cur = trip.pings[i];
    const minutes = (cur.ts - prev.ts) / 60000;
    km += cur.km;
    if (cur.speed === 0 && prev.speed === 0) {
      parkedMin += minutes;
      parkedCost += minutes * tariff.minute.parkedRate;
    } else {
      const hour = new Date(prev.ts).getUTCHours();
      driveMin += minutes;
      driveCost += minutes * tariff.minute.bands[hour].rate;
    }
  }
  const totalMin = driveMin + parkedMin;
  let timeCost = driveCost + parkedCost;
  const hourCap = Math.ceil(totalMin / 60) * tariff.caps.hour;
  timeCost = Math.min(timeCost, hourCap, Math.ceil(totalMin / 1440) * tariff.caps.day);
  const extraKm = Math.max(0, km - tariff.distance.includedKm);
  const startZone = zoneAt(fleet.zones, first.lat, first.lon);
  const endZone = zoneAt(fleet.zones, last.lat, last.lon);
  let zoneFees = 0;
  if (startZone) zoneFees += tariff.zoneSurcharges.find((s) => s.zone === startZone.id).startFee;
  if (endZone) zoneFees += tariff.zoneSurcharges.find((s) => s.zone === endZone.id).endFee;
  else zoneFees += 25; // ended outside the operating area: recovery fee
  const total = tariff.unlockFee + timeCost + extraKm * tariff.distance.perKm + zoneFees + tariff.insurance.perTrip;
  return {
    tripId: trip.tripId,
    memberNo: member.memberNo,
    plan: member.plan,
    vin: vehicle.vin,
    category: vehicle.category,
    startedAt: first.ts,
    minutes: totalMin,
    km,
    endZone: endZone ? endZone.name : 'outside',
    fare: Math.round(total * 100) / 100,
  };
}

module.exports = { settleTrip, zoneAt };
